import { describe, expect, it } from "vitest";
import { cond } from "./helpers";

// Missing keys, IfExists, set operators and negation.
// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
//          https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
describe("missing keys", () => {
  it("makes a positive operator false", () => {
    const o = cond("StringEquals", "aws:SourceVpc", "vpc-1", {});
    expect([o.ok, o.reason]).toEqual([false, "CONDITION_KEY_MISSING"]);
  });
  it("makes a negated operator true", () => {
    const o = cond("StringNotEquals", "aws:SourceVpc", "vpc-1", {});
    expect([o.ok, o.reason]).toEqual([true, "NEGATED_OPERATOR_KEY_MISSING"]);
  });
  it("makes ...IfExists true", () => {
    expect(cond("StringEqualsIfExists", "aws:SourceVpc", "vpc-1", {}).ok).toBe(true);
  });
  it("checks the value when an ...IfExists key is present", () => {
    expect(cond("StringEqualsIfExists", "aws:SourceVpc", "vpc-1", { "aws:SourceVpc": "vpc-2" }).ok).toBe(false);
  });
});

describe("set operators", () => {
  it("ForAllValues is true for a missing key", () => {
    const o = cond("ForAllValues:StringEquals", "aws:TagKeys", ["env", "team"], {});
    expect([o.ok, o.reason]).toEqual([true, "FORALLVALUES_EMPTY_SET"]);
  });
  it("ForAllValues is true for an empty set", () => {
    expect(cond("ForAllValues:StringEquals", "aws:TagKeys", ["env"], { "aws:TagKeys": [] }).ok).toBe(true);
  });
  it("ForAllValues needs every request value to match", () => {
    expect(cond("ForAllValues:StringEquals", "aws:TagKeys", ["env", "team"], { "aws:TagKeys": ["env", "cost"] }).ok).toBe(false);
    expect(cond("ForAllValues:StringEquals", "aws:TagKeys", ["env", "team"], { "aws:TagKeys": ["env", "team"] }).ok).toBe(true);
  });
  it("ForAnyValue is false for a missing key", () => {
    const o = cond("ForAnyValue:StringEquals", "aws:TagKeys", ["env"], {});
    expect([o.ok, o.reason]).toEqual([false, "FORANYVALUE_KEY_MISSING"]);
  });
  it("ForAnyValue needs one request value to match", () => {
    expect(cond("ForAnyValue:StringEquals", "aws:TagKeys", ["env"], { "aws:TagKeys": ["cost", "env"] }).ok).toBe(true);
  });
  it("ForAllValues with a negated operator needs every value to match none", () => {
    expect(cond("ForAllValues:StringNotEquals", "aws:TagKeys", ["secret"], { "aws:TagKeys": ["env", "team"] }).ok).toBe(true);
    expect(cond("ForAllValues:StringNotEquals", "aws:TagKeys", ["secret"], { "aws:TagKeys": ["env", "secret"] }).ok).toBe(false);
  });
  it("ForAnyValue with a negated operator needs one value that matches none", () => {
    expect(cond("ForAnyValue:StringNotEquals", "aws:TagKeys", ["env"], { "aws:TagKeys": ["env"] }).ok).toBe(false);
  });
});
