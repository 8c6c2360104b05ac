import { describe, expect, it } from "vitest";
import { cond } from "./helpers";

// Null condition operator: true checks that the key is absent, false that it is present. Source:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Null
describe("Null", () => {
  it("`true` holds when the key is absent", () => {
    expect(cond("Null", "aws:TokenIssueTime", "true", {}).ok).toBe(true);
  });
  it("`true` fails when the key is present", () => {
    expect(cond("Null", "aws:TokenIssueTime", "true", { "aws:TokenIssueTime": "2026-01-01T00:00:00Z" }).ok).toBe(false);
  });
  it("`false` holds when the key is present", () => {
    expect(cond("Null", "aws:TokenIssueTime", "false", { "aws:TokenIssueTime": "2026-01-01T00:00:00Z" }).ok).toBe(true);
  });
  it("`false` fails when the key is absent", () => {
    expect(cond("Null", "aws:TokenIssueTime", "false", {}).ok).toBe(false);
  });
});
