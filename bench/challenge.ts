/**
 * A sandbox-challenge-sized workload: one policy set (identity policies with conditions and a
 * policy variable, a permissions boundary, two SCP levels, a bucket policy) graded against 50
 * requests (10 action/resource pairs x 5 request contexts).
 */
import type { BenchRequest } from "./corpus";

const ACCOUNT = "111122223333";
const USER = `arn:aws:iam::${ACCOUNT}:user/dana`;
const V = "2012-10-17";

/** The challenge's `policies` (scenario format). */
export function challengePolicies(sid = "ReadTeamData"): Record<string, unknown> {
  return {
    identity: [
      {
        Version: V,
        Statement: [
          { Sid: sid, Effect: "Allow", Action: ["s3:GetObject", "s3:ListBucket"], Resource: ["arn:aws:s3:::team-data", "arn:aws:s3:::team-data/*"] },
          { Sid: "OwnHome", Effect: "Allow", Action: "s3:*Object", Resource: "arn:aws:s3:::homes/${aws:username}/*" },
          {
            Sid: "WriteFromOffice",
            Effect: "Allow",
            Action: ["s3:PutObject", "dynamodb:PutItem", "dynamodb:GetItem"],
            Resource: ["arn:aws:s3:::team-data/*", `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/Orders`],
            Condition: { IpAddress: { "aws:SourceIp": ["203.0.113.0/24", "198.51.100.0/24"] }, Bool: { "aws:MultiFactorAuthPresent": "true" } },
          },
          { Sid: "NoDeletes", Effect: "Deny", Action: ["s3:DeleteObject*", "dynamodb:DeleteTable"], Resource: "*" },
        ],
      },
      {
        Version: V,
        Statement: [
          { Effect: "Allow", Action: "ec2:Describe*", Resource: "*", Condition: { StringEquals: { "aws:RequestedRegion": ["eu-west-1", "eu-central-1"] } } },
          { Effect: "Allow", Action: "iam:PassRole", Resource: `arn:aws:iam::${ACCOUNT}:role/app-*`, Condition: { StringEquals: { "iam:PassedToService": "ec2.amazonaws.com" } } },
        ],
      },
    ],
    permissionBoundary: {
      Version: V,
      Statement: [
        { Effect: "Allow", Action: ["s3:*", "dynamodb:*", "ec2:Describe*", "iam:PassRole"], Resource: "*" },
        { Effect: "Deny", Action: "s3:*", Resource: "arn:aws:s3:::audit-*", Condition: { DateGreaterThan: { "aws:CurrentTime": "2026-01-01T00:00:00Z" } } },
      ],
    },
    scps: [
      [{ Version: V, Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] }],
      [
        {
          Version: V,
          Statement: [
            { Effect: "Allow", Action: "*", Resource: "*" },
            { Effect: "Deny", NotAction: ["iam:*", "sts:*", "s3:*"], Resource: "*", Condition: { StringNotEquals: { "aws:RequestedRegion": ["eu-west-1", "eu-central-1"] } } },
          ],
        },
      ],
    ],
    resource: {
      Version: V,
      Statement: [
        { Effect: "Deny", Principal: "*", Action: "s3:*", Resource: ["arn:aws:s3:::team-data", "arn:aws:s3:::team-data/*"], Condition: { Bool: { "aws:SecureTransport": "false" } } },
        { Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: "s3:GetObject", Resource: "arn:aws:s3:::team-data/*" },
      ],
    },
  };
}

const PAIRS: [string, string][] = [
  ["s3:GetObject", "arn:aws:s3:::team-data/reports/q1.csv"],
  ["s3:ListBucket", "arn:aws:s3:::team-data"],
  ["s3:PutObject", "arn:aws:s3:::team-data/uploads/new.csv"],
  ["s3:DeleteObject", "arn:aws:s3:::team-data/reports/q1.csv"],
  ["s3:GetObject", "arn:aws:s3:::homes/dana/notes.txt"],
  ["s3:PutObject", "arn:aws:s3:::homes/erin/notes.txt"],
  ["dynamodb:PutItem", `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/Orders`],
  ["ec2:DescribeInstances", "*"],
  ["iam:PassRole", `arn:aws:iam::${ACCOUNT}:role/app-web`],
  ["s3:GetObject", "arn:aws:s3:::audit-logs/2026/01.json"],
];

const CONTEXTS: Record<string, string | string[]>[] = [
  { "aws:SourceIp": "203.0.113.7", "aws:MultiFactorAuthPresent": "true", "aws:SecureTransport": "true", "aws:RequestedRegion": "eu-west-1" },
  { "aws:SourceIp": "192.0.2.10", "aws:MultiFactorAuthPresent": "true", "aws:SecureTransport": "true", "aws:RequestedRegion": "eu-west-1" },
  { "aws:SourceIp": "198.51.100.20", "aws:SecureTransport": "false", "aws:RequestedRegion": "us-east-1" },
  { "aws:SourceIp": "203.0.113.8", "aws:MultiFactorAuthPresent": "false", "aws:SecureTransport": "true", "aws:RequestedRegion": "eu-central-1", "iam:PassedToService": "ec2.amazonaws.com" },
  { "aws:SourceIp": "198.51.100.21", "aws:MultiFactorAuthPresent": "true", "aws:SecureTransport": "true", "aws:RequestedRegion": "eu-west-1", "iam:PassedToService": "lambda.amazonaws.com" },
];

/** The 50 requests of the challenge. */
export function challengeRequests(): BenchRequest[] {
  const base = { "aws:PrincipalArn": USER, "aws:PrincipalAccount": ACCOUNT, "aws:PrincipalType": "User", "aws:username": "dana", "aws:CurrentTime": "2026-05-04T08:00:00Z" };
  return CONTEXTS.flatMap((ctx) =>
    PAIRS.map(([action, resource]) => ({ principal: USER, action, resource, context: { ...base, ...ctx }, resourceAccount: ACCOUNT, principalAccount: ACCOUNT })),
  );
}

/** Organization facts of the challenge (the caller's account is a member account). */
export const CHALLENGE_ORG = { managementAccountId: "999988887777" };
