import { describe, expect, it } from "vitest";
import { fixtureCatalog } from "./fixture-catalog";
import { lintStatements, withCode } from "./helpers";

const catalog = fixtureCatalog();
const lint = (action: string, condition: object, withCatalog = true) =>
  lintStatements([{ Effect: "Allow", Action: action, Resource: "*", Condition: condition }], {
    kind: "identity",
    ...(withCatalog ? { catalog } : {}),
  });

describe("condition key checks", () => {
  it("reports an unknown global key", () => {
    const [finding] = withCode(lint("s3:ListBucket", { StringEquals: { "aws:SourceIpAddress": "x" } }), "UNKNOWN_GLOBAL_CONDITION_KEY");
    expect(finding?.path).toBe("Statement[0].Condition.StringEquals.aws:SourceIpAddress");
  });

  it("reports a key a loaded service does not define", () => {
    expect(withCode(lint("s3:ListBucket", { StringEquals: { "s3:nosuchkey": "x" } }), "UNKNOWN_SERVICE_CONDITION_KEY")).toHaveLength(1);
  });

  it("reports a key the statement's action does not support", () => {
    const [finding] = withCode(lint("s3:GetObject", { StringLike: { "s3:prefix": "home/*" } }), "CONDITION_KEY_NOT_SUPPORTED");
    expect(finding?.message).toContain("`s3:GetObject`");
  });

  it.each([
    ["an action key", "s3:ListBucket", { StringLike: { "s3:prefix": "home/*" } }],
    ["a key with a variable part", "s3:GetObject", { StringEquals: { "s3:ExistingObjectTag/team": "red" } }],
    ["a resource-type key", "iam:PassRole", { StringEquals: { "iam:ResourceTag/team": "red" } }],
    ["a global key", "s3:GetObject", { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } }],
    ["a global tag key", "s3:GetObject", { StringEquals: { "aws:PrincipalTag/team": "red" } }],
    ["a key of another action matched by the pattern", "s3:*", { StringLike: { "s3:prefix": "home/*" } }],
    ["a key in different case", "iam:PassRole", { StringEquals: { "IAM:passedtoservice": "ec2.amazonaws.com" } }],
    ["an identity provider key", "sts:AssumeRoleWithWebIdentity", { StringEquals: { "accounts.google.com:aud": "x" } }],
  ])("accepts %s", (_, action, condition) => {
    const codes = lint(action, condition).map((f) => f.code);
    expect(codes.filter((c) => c.includes("CONDITION_KEY"))).toEqual([]);
  });

  it("reports ForAllValues on a single-valued key without a catalog", () => {
    const [finding] = withCode(lint("s3:GetObject", { "ForAllValues:StringEquals": { "aws:SourceAccount": "111122223333" } }, false), "SET_QUALIFIER_ON_SINGLE_VALUED_KEY");
    expect(finding?.severity).toBe("WARNING");
  });

  it("reports ForAnyValue on a single-valued service key", () => {
    const findings = lint("iam:PassRole", { "ForAnyValue:StringEquals": { "iam:PassedToService": "ec2.amazonaws.com" } });
    expect(withCode(findings, "SET_QUALIFIER_ON_SINGLE_VALUED_KEY")).toHaveLength(1);
  });

  it("reports a multivalued key used without a set qualifier", () => {
    expect(withCode(lint("iam:CreateRole", { StringEquals: { "aws:TagKeys": "team" } }), "MISSING_SET_QUALIFIER")).toHaveLength(1);
  });

  it("does not judge set qualifiers on identity provider keys", () => {
    const findings = lint("sts:AssumeRoleWithWebIdentity", { "ForAnyValue:StringLike": { "cognito-identity.amazonaws.com:amr": "authenticated" } });
    expect(findings.filter((f) => f.code.includes("QUALIFIER"))).toEqual([]);
  });

  it("accepts ForAllValues on a multivalued key", () => {
    const findings = lint("iam:CreateRole", { "ForAllValues:StringEquals": { "aws:TagKeys": ["team"] }, Null: { "aws:TagKeys": "false" } });
    expect(findings.filter((f) => f.code.includes("QUALIFIER"))).toEqual([]);
  });
});
