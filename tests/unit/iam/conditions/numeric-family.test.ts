import { describe, expect, it } from "vitest";
import { cond } from "./helpers";

// Numeric condition operators. Source:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric
describe("numeric operators", () => {
  it.each([
    ["NumericEquals", "10", "10", true],
    ["NumericEquals", "10", "10.0", true],
    ["NumericNotEquals", "10", "11", true],
    ["NumericLessThan", "10", "9", true],
    ["NumericLessThan", "10", "10", false],
    ["NumericLessThanEquals", "10", "10", true],
    ["NumericGreaterThan", "10", "11", true],
    ["NumericGreaterThanEquals", "10", "9", false],
    ["NumericLessThan", "3600", "120", true],
  ])("%s `%s` with request value `%s` is %s", (op, policy, value, expected) => {
    expect(cond(op, "aws:MultiFactorAuthAge", policy, { "aws:MultiFactorAuthAge": value }).ok).toBe(expected);
  });

  it("makes the condition false with TYPE_MISMATCH for a non-numeric policy value", () => {
    const o = cond("NumericLessThan", "s3:max-keys", "ten", { "s3:max-keys": "5" });
    expect(o.ok).toBe(false);
    expect(o.reason).toBe("TYPE_MISMATCH");
  });

  it("makes the condition false with TYPE_MISMATCH for a non-numeric request value", () => {
    expect(cond("NumericLessThan", "s3:max-keys", "10", { "s3:max-keys": "five" }).reason).toBe("TYPE_MISMATCH");
  });
});
