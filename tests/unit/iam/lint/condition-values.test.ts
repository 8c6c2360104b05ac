import { describe, expect, it } from "vitest";
import { fixtureCatalog } from "./fixture-catalog";
import { lintStatements, withCode } from "./helpers";

const lint = (condition: object) =>
  lintStatements([{ Effect: "Allow", Action: "s3:ListBucket", Resource: "arn:aws:s3:::b", Condition: condition }], { kind: "identity", catalog: fixtureCatalog() });

describe("condition value checks", () => {
  it.each([
    ["NumericLessThan", "s3:max-keys", "abc"],
    ["DateGreaterThan", "aws:CurrentTime", "next tuesday"],
    ["IpAddress", "aws:SourceIp", "10.0.0.300/8"],
    ["Bool", "aws:SecureTransport", "yes"],
    ["Null", "aws:TokenIssueTime", "maybe"],
    ["ArnLike", "aws:PrincipalArn", "111122223333"],
  ])("reports `%s` on `%s` with `%s`", (operator, key, value) => {
    const [finding] = withCode(lint({ [operator]: { [key]: value } }), "INVALID_CONDITION_VALUE");
    expect(finding?.severity).toBe("ERROR");
    expect(finding?.message).toContain(`\`${value}\``);
  });

  it("points at the offending value of an array", () => {
    const [finding] = withCode(lint({ IpAddress: { "aws:SourceIp": ["203.0.113.0/24", "bad"] } }), "INVALID_CONDITION_VALUE");
    expect(finding?.path).toBe("Statement[0].Condition.IpAddress.aws:SourceIp[1]");
  });

  it.each([
    ["NumericLessThanEquals", "s3:max-keys", "10"],
    ["DateLessThan", "aws:CurrentTime", "2026-01-01T00:00:00Z"],
    ["DateGreaterThan", "aws:EpochTime", "1767225600"],
    ["NumericGreaterThan", "aws:EpochTime", "1767225600"],
    ["IpAddressIfExists", "aws:SourceIp", "2001:db8::/32"],
    ["Bool", "aws:SecureTransport", "false"],
    ["ArnLike", "aws:PrincipalArn", "arn:aws:iam::*:role/admin"],
    ["StringEquals", "s3:prefix", "home/"],
  ])("accepts `%s` on `%s` with `%s`", (operator, key, value) => {
    const findings = lint({ [operator]: { [key]: value } });
    expect(findings.filter((f) => f.code !== "SET_QUALIFIER_ON_SINGLE_VALUED_KEY")).toEqual([]);
  });

  it.each([
    ["StringEquals", "aws:SourceIp", "203.0.113.5"],
    ["StringLike", "aws:CurrentTime", "2026-*"],
    ["StringEquals", "s3:max-keys", "10"],
  ])("suggests a typed operator for `%s` on `%s`", (operator, key, value) => {
    const [finding] = withCode(lint({ [operator]: { [key]: value } }), "STRING_OPERATOR_ON_TYPED_KEY");
    expect(finding?.severity).toBe("SUGGESTION");
  });

  it("warns about a numeric operator on an ip key", () => {
    expect(withCode(lint({ NumericEquals: { "aws:SourceIp": "1" } }), "OPERATOR_KEY_TYPE_MISMATCH")).toHaveLength(1);
  });

  it("warns about policy variables in a numeric operator", () => {
    const findings = lint({ NumericLessThan: { "s3:max-keys": "${aws:PrincipalTag/limit}" } });
    expect(withCode(findings, "VARIABLE_WITH_NON_STRING_OPERATOR")).toHaveLength(1);
    expect(withCode(findings, "INVALID_CONDITION_VALUE")).toEqual([]);
  });
});
