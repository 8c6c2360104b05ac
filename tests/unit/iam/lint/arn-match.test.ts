import { describe, expect, it } from "vitest";
import { arnCanMatch } from "@/lib/iam/lint/arn-match";

const BUCKET = "arn:${Partition}:s3:::${BucketName}";
const OBJECT = "arn:${Partition}:s3:::${BucketName}/${ObjectName}";
const ROLE = "arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}";
const LOG_STREAM = "arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}:log-stream:${LogStreamName}";

describe("arnCanMatch", () => {
  it.each([
    ["arn:aws:s3:::reports", BUCKET],
    ["arn:aws:s3:::rep*", BUCKET],
    ["arn:aws:s3:::reports/q1.csv", OBJECT],
    ["arn:aws:s3:::reports/2026/q1.csv", OBJECT],
    ["arn:aws:s3:::*", OBJECT],
    ["arn:aws:s3:::reports/${aws:username}", OBJECT],
    ["arn:aws-cn:iam::111122223333:role/path/app", ROLE],
    ["arn:aws:iam::*:role/*", ROLE],
    ["arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/fn:*", LOG_STREAM],
    ["arn:*", ROLE],
  ])("`%s` can match `%s`", (pattern, format) => {
    expect(arnCanMatch(pattern, format)).toBe(true);
  });

  it.each([
    ["arn:aws:s3:::reports/*", BUCKET],
    ["arn:aws:s3:::reports", OBJECT],
    ["arn:aws:s3:us-east-1::reports", BUCKET],
    ["arn:aws:iam::111122223333:user/alice", ROLE],
    ["arn:aws:iam::111122223333:role", ROLE],
    ["arn:aws:sqs:us-east-1:111122223333:q", BUCKET],
  ])("`%s` cannot match `%s`", (pattern, format) => {
    expect(arnCanMatch(pattern, format)).toBe(false);
  });

  it("treats `${*}` as a literal star", () => {
    expect(arnCanMatch("arn:aws:s3:::a${*}b/c", "arn:${Partition}:s3:::a*b/c")).toBe(true);
    expect(arnCanMatch("arn:aws:s3:::a${*}b/c", "arn:${Partition}:s3:::axb/c")).toBe(false);
  });
});
