import { describe, expect, it } from "vitest";
import { fixtureCatalog } from "./fixture-catalog";
import { lintStatements, withCode } from "./helpers";

const catalog = fixtureCatalog();
const lint = (action: string | string[], resource: string | string[]) =>
  lintStatements([{ Effect: "Allow", Action: action, Resource: resource }], { kind: "identity", catalog });

describe("resource checks", () => {
  it.each([
    ["s3:ListBucket", "arn:aws:s3:::reports/*"],
    ["s3:GetObject", "arn:aws:s3:::reports"],
    ["s3:GetObject", "arn:aws:sqs:us-east-1:111122223333:queue"],
    ["iam:PassRole", "arn:aws:iam::111122223333:user/alice"],
    ["s3:ListAllMyBuckets", "arn:aws:s3:::reports"],
  ])("reports `%s` on `%s`", (action, resource) => {
    const [finding] = withCode(lint(action, resource), "RESOURCE_MATCHES_NO_ACTION");
    expect(finding?.path).toBe("Statement[0].Resource");
    expect(finding?.message).toContain(`\`${resource}\``);
  });

  it.each([
    ["s3:ListBucket", "arn:aws:s3:::reports"],
    ["s3:GetObject", "arn:aws:s3:::reports/*"],
    ["s3:GetObject", "arn:aws:s3:::reports/${aws:username}/*"],
    ["s3:GetObject", "arn:aws:s3:::*"],
    ["iam:PassRole", "arn:aws:iam::*:role/app/*"],
    ["s3:Get*", "arn:aws:s3:::reports/q1.csv"],
    ["s3:ListAllMyBuckets", "*"],
  ])("accepts `%s` on `%s`", (action, resource) => {
    expect(withCode(lint(action, resource), "RESOURCE_MATCHES_NO_ACTION")).toEqual([]);
  });

  it("reports the action that none of the resources fit", () => {
    const findings = lint(["s3:ListBucket", "s3:GetObject"], "arn:aws:s3:::reports/*");
    const [finding] = withCode(findings, "ACTION_MATCHES_NO_RESOURCE");
    expect(finding?.path).toBe("Statement[0].Action[0]");
    expect(finding?.message).toContain("`s3:ListBucket`");
    expect(withCode(findings, "RESOURCE_MATCHES_NO_ACTION")).toEqual([]);
  });

  it("accepts a statement whose resources cover each action", () => {
    const findings = lint(["s3:ListBucket", "s3:GetObject"], ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]);
    expect(withCode(findings, "ACTION_MATCHES_NO_RESOURCE")).toEqual([]);
  });

  it("skips statements with actions it cannot resolve", () => {
    expect(withCode(lint(["s3:ListBucket", "ec2:RunInstances"], "arn:aws:s3:::reports/*"), "ACTION_MATCHES_NO_RESOURCE")).toEqual([]);
  });
});
