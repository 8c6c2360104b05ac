import { describe, expect, it } from "vitest";
import { lintStatements, withCode } from "./helpers";

const stmt = (effect: string, condition: object) => ({ Effect: effect, Action: "s3:PutObject", Resource: "arn:aws:s3:::b/*", Condition: condition });
const lint = (effect: string, condition: object) => lintStatements([stmt(effect, condition)], { kind: "identity" });

describe("condition pitfalls", () => {
  it("reports a Deny on `Bool` MultiFactorAuthPresent false without IfExists", () => {
    const [finding] = withCode(lint("Deny", { Bool: { "aws:MultiFactorAuthPresent": "false" } }), "MFA_BOOL_WITHOUT_IF_EXISTS");
    expect(finding).toMatchObject({ severity: "SECURITY_WARNING", path: "Statement[0].Condition.Bool.aws:MultiFactorAuthPresent" });
  });

  it.each([
    ["BoolIfExists false", "Deny", { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } }],
    ["Bool true in an Allow", "Allow", { Bool: { "aws:MultiFactorAuthPresent": "true" } }],
    ["Bool on another key", "Deny", { Bool: { "aws:SecureTransport": "false" } }],
  ])("accepts %s", (_, effect, condition) => {
    expect(withCode(lint(effect, condition), "MFA_BOOL_WITHOUT_IF_EXISTS")).toEqual([]);
  });

  it("reports an Allow with ForAllValues and no Null guard", () => {
    const [finding] = withCode(lint("Allow", { "ForAllValues:StringEquals": { "aws:TagKeys": ["team"] } }), "FOR_ALL_VALUES_WITHOUT_NULL_CHECK");
    expect(finding?.path).toBe("Statement[0].Condition.ForAllValues:StringEquals.aws:TagKeys");
  });

  it("accepts ForAllValues guarded by Null false on the same key", () => {
    const condition = { "ForAllValues:StringEquals": { "aws:TagKeys": ["team"] }, Null: { "aws:TagKeys": "false" } };
    expect(withCode(lint("Allow", condition), "FOR_ALL_VALUES_WITHOUT_NULL_CHECK")).toEqual([]);
  });

  it("still reports when the Null guard is on another key", () => {
    const condition = { "ForAllValues:StringEquals": { "aws:TagKeys": ["team"] }, Null: { "aws:RequestTag/team": "false" } };
    expect(withCode(lint("Allow", condition), "FOR_ALL_VALUES_WITHOUT_NULL_CHECK")).toHaveLength(1);
  });

  it("does not report ForAllValues in a Deny", () => {
    expect(withCode(lint("Deny", { "ForAllValues:StringEquals": { "aws:TagKeys": ["team"] } }), "FOR_ALL_VALUES_WITHOUT_NULL_CHECK")).toEqual([]);
  });
});
