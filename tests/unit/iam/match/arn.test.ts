import { describe, expect, it } from "vitest";
import { compileArnPattern, matchArnPattern, splitArn } from "@/lib/iam";

// ARN format arn:partition:service:region:account-id:resource; wildcards are matched per
// colon-separated part and the resource part is case-sensitive.
// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
//          https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
describe("matchArnPattern", () => {
  it.each([
    ["arn:aws:s3:::reports/*", "arn:aws:s3:::reports/q1.csv", true],
    ["arn:aws:s3:::reports/*", "arn:aws:s3:::Reports/q1.csv", false],
    ["arn:aws:iam::*:role/VendorAudit", "arn:aws:iam::123456789012:role/VendorAudit", true],
    ["arn:aws:dynamodb:*:123456789012:table/Orders", "arn:aws:dynamodb:eu-west-1:123456789012:table/Orders", true],
    ["arn:aws:sqs:us-east-2:*:${x}", "arn:aws:sqs:us-east-2:123456789012:${x}", true],
    ["arn:aws:logs:*:*:log-group:app:*", "arn:aws:logs:eu-west-1:123456789012:log-group:app:log-stream:x", true],
    ["*", "arn:aws:s3:::anything", true],
    ["*", "*", true],
    ["arn:aws:s3:::*", "*", false],
  ])("`%s` against `%s` is %s", (pattern, text, expected) => {
    expect(matchArnPattern(compileArnPattern(pattern, true), text)).toBe(expected);
  });

  it("does not let a `*` in the region part cross into the account part", () => {
    const p = compileArnPattern("arn:aws:ec2:us-*:instance/i-1", true);
    expect(matchArnPattern(p, "arn:aws:ec2:us-east-1:123456789012:instance/i-1")).toBe(false);
  });

  it("lets a `*` in the resource part span colons", () => {
    const p = compileArnPattern("arn:aws:logs:eu-west-1:123456789012:log-group:*", true);
    expect(matchArnPattern(p, "arn:aws:logs:eu-west-1:123456789012:log-group:a:log-stream:b")).toBe(true);
  });

  it("splits an ARN at its first five colons only", () => {
    expect(splitArn("arn:aws:logs:r:1:log-group:a:b")).toEqual(["arn", "aws", "logs", "r", "1", "log-group:a:b"]);
  });
});
