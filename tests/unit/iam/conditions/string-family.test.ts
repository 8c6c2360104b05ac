import { describe, expect, it } from "vitest";
import { cond } from "./helpers";

// String condition operators. Source:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String
describe("string operators", () => {
  it.each([
    ["StringEquals", "eu-west-1", "eu-west-1", true],
    ["StringEquals", "eu-west-1", "EU-WEST-1", false],
    ["StringNotEquals", "eu-west-1", "us-east-1", true],
    ["StringNotEquals", "eu-west-1", "eu-west-1", false],
    ["StringEqualsIgnoreCase", "Finance", "finance", true],
    ["StringNotEqualsIgnoreCase", "Finance", "finance", false],
    ["StringLike", "home/*", "home/dana/x", true],
    ["StringLike", "home/?", "home/ab", false],
    ["StringNotLike", "home/*", "tmp/x", true],
    ["StringNotLike", "home/*", "home/x", false],
  ])("%s `%s` with request value `%s` is %s", (op, policy, value, expected) => {
    expect(cond(op, "aws:RequestedRegion", policy, { "aws:RequestedRegion": value }).ok).toBe(expected);
  });

  it("matches when any of several values matches", () => {
    expect(cond("StringEquals", "aws:RequestedRegion", ["eu-west-1", "eu-central-1"], { "aws:RequestedRegion": "eu-central-1" }).ok).toBe(true);
  });

  it("holds a negated operator only when no value matches (NOR)", () => {
    expect(cond("StringNotEquals", "aws:RequestedRegion", ["eu-west-1", "eu-central-1"], { "aws:RequestedRegion": "eu-central-1" }).ok).toBe(false);
  });

  it("reports CASE_MISMATCH when only letter case differs", () => {
    expect(cond("StringEquals", "aws:PrincipalTag/team", "Blue", { "aws:PrincipalTag/team": "blue" }).reason).toBe("CASE_MISMATCH");
  });

  it("reads context keys case-insensitively", () => {
    expect(cond("StringEquals", "AWS:requestedregion", "eu-west-1", { "aws:RequestedRegion": "eu-west-1" }).ok).toBe(true);
  });

  it("reads the tag-key part of aws:PrincipalTag case-insensitively", () => {
    expect(cond("StringEquals", "aws:PrincipalTag/Team", "blue", { "aws:PrincipalTag/team": "blue" }).ok).toBe(true);
  });

  it("converts numbers and booleans in policy values to strings", () => {
    expect(cond("StringEquals", "s3:max-keys", "10", { "s3:max-keys": "10" }).ok).toBe(true);
  });
});
