import { describe, expect, it } from "vitest";
import { passRole } from "@/lib/iam";

// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
const ACCT = "111122223333";
const ROLE = `arn:aws:iam::${ACCT}:role/app/OrdersWorker`;
const policy = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "iam:PassRole", Resource: `arn:aws:iam::${ACCT}:role/app/*`, Condition: { StringEquals: { "iam:PassedToService": "lambda.amazonaws.com" } } }],
};
const caller = { principal: `arn:aws:iam::${ACCT}:user/dana`, policies: { identity: [policy] } };

describe("passRole", () => {
  it("allows passing the role to the named service", () => {
    expect(passRole({ caller, roleArn: ROLE, passedToService: "lambda.amazonaws.com" }).ok).toBe(true);
  });
  it("denies passing it to another service", () => {
    expect(passRole({ caller, roleArn: ROLE, passedToService: "ec2.amazonaws.com" }).ok).toBe(false);
  });
  it("denies a role outside the allowed path", () => {
    expect(passRole({ caller, roleArn: `arn:aws:iam::${ACCT}:role/admin/Root`, passedToService: "lambda.amazonaws.com" }).ok).toBe(false);
  });
  it("puts iam:AssociatedResourceArn into the context", () => {
    const scoped = { ...policy, Statement: [{ ...policy.Statement[0], Condition: { ArnLike: { "iam:AssociatedResourceArn": `arn:aws:lambda:*:${ACCT}:function:orders-*` } } }] };
    const c = { principal: caller.principal, policies: { identity: [scoped] } };
    expect(passRole({ caller: c, roleArn: ROLE, passedToService: "lambda.amazonaws.com", associatedResourceArn: `arn:aws:lambda:eu-west-1:${ACCT}:function:orders-api` }).ok).toBe(true);
    expect(passRole({ caller: c, roleArn: ROLE, passedToService: "lambda.amazonaws.com", associatedResourceArn: `arn:aws:lambda:eu-west-1:${ACCT}:function:billing` }).ok).toBe(false);
  });
});
