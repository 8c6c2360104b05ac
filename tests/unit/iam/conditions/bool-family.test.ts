import { describe, expect, it } from "vitest";
import { cond } from "./helpers";

// Bool condition operator. Source:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Boolean
describe("Bool", () => {
  it.each([
    ["true", "true", true],
    ["true", "false", false],
    ["false", "false", true],
    ["true", "TRUE", true],
  ])("policy `%s` with request value `%s` is %s", (policy, value, expected) => {
    expect(cond("Bool", "aws:SecureTransport", policy, { "aws:SecureTransport": value }).ok).toBe(expected);
  });

  it("is false when the key is missing (aws:MultiFactorAuthPresent with long-term keys)", () => {
    // Source: reference_policies_condition-keys.html#condition-keys-multifactorauthpresent
    expect(cond("Bool", "aws:MultiFactorAuthPresent", "true", {}).ok).toBe(false);
  });

  it("BoolIfExists is true when the key is missing", () => {
    const o = cond("BoolIfExists", "aws:MultiFactorAuthPresent", "false", {});
    expect(o.ok).toBe(true);
    expect(o.reason).toBe("IFEXISTS_KEY_MISSING");
  });

  it("makes a non-boolean policy value a type mismatch", () => {
    expect(cond("Bool", "aws:SecureTransport", "yes", { "aws:SecureTransport": "true" }).reason).toBe("TYPE_MISMATCH");
  });
});
