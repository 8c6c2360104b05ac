import { describe, expect, it } from "vitest";
import { cond } from "./helpers";

// ARN operators: case-sensitive, each of the six parts matched separately. Source:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN
describe("Arn operators", () => {
  const arn = "arn:aws:iam::111122223333:role/app/Worker";
  it.each([
    ["ArnEquals", arn, true],
    ["ArnLike", "arn:aws:iam::111122223333:role/app/*", true],
    ["ArnLike", "arn:aws:iam::*:role/app/Worker", true],
    ["ArnLike", "arn:aws:iam::111122223333:role/App/*", false],
    ["ArnNotEquals", "arn:aws:iam::111122223333:role/Other", true],
    ["ArnNotLike", "arn:aws:iam::111122223333:role/app/*", false],
  ])("%s `%s` is %s", (op, policy, expected) => {
    expect(cond(op, "aws:PrincipalArn", policy, { "aws:PrincipalArn": arn }).ok).toBe(expected);
  });

  it("reports CASE_MISMATCH for an ARN that differs only in case", () => {
    expect(cond("ArnLike", "aws:PrincipalArn", "arn:aws:iam::111122223333:role/App/*", { "aws:PrincipalArn": arn }).reason).toBe("CASE_MISMATCH");
  });
});
