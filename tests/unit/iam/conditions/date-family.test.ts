import { describe, expect, it } from "vitest";
import { parseDate } from "@/lib/iam";
import { cond } from "./helpers";

// Date condition operators: ISO 8601 dates or epoch seconds. Source:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date
describe("date operators", () => {
  it.each([
    ["DateLessThan", "2026-06-01T00:00:00Z", "2026-05-31T23:59:59Z", true],
    ["DateLessThan", "2026-06-01T00:00:00Z", "2026-06-01T00:00:00Z", false],
    ["DateLessThanEquals", "2026-06-01T00:00:00Z", "2026-06-01T00:00:00Z", true],
    ["DateGreaterThan", "2026-06-01", "2026-06-01T00:00:01Z", true],
    ["DateEquals", "2026-06-01T02:00:00+02:00", "2026-06-01T00:00:00Z", true],
    ["DateNotEquals", "2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z", true],
    ["DateGreaterThanEquals", "1780272000", "2026-06-01T00:00:00Z", true],
  ])("%s `%s` with request value `%s` is %s", (op, policy, value, expected) => {
    expect(cond(op, "aws:CurrentTime", policy, { "aws:CurrentTime": value }).ok).toBe(expected);
  });

  it("parses epoch seconds", () => {
    expect(parseDate("0")).toBe(0);
  });

  it("treats a date-time without a zone as UTC", () => {
    expect(parseDate("2026-01-01T00:00:00")).toBe(Date.UTC(2026, 0, 1));
  });

  it("makes the condition false with TYPE_MISMATCH for a value that is not a date", () => {
    expect(cond("DateLessThan", "aws:CurrentTime", "next tuesday", { "aws:CurrentTime": "2026-01-01T00:00:00Z" }).reason).toBe("TYPE_MISMATCH");
  });
});
