import { describe, expect, it } from "vitest";
import { lintStatements, withCode } from "./helpers";

const trust = (stmt: object, accountId?: string) =>
  lintStatements([{ Effect: "Allow", Action: "sts:AssumeRole", ...stmt }], { kind: "trust", ...(accountId ? { accountId } : {}) });

const GITHUB = "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com";
const github = (condition?: object) =>
  lintStatements([{ Effect: "Allow", Principal: { Federated: GITHUB }, Action: "sts:AssumeRoleWithWebIdentity", ...(condition ? { Condition: condition } : {}) }], { kind: "trust" });

describe("trust checks", () => {
  it.each([[{ Principal: "*" }], [{ Principal: { AWS: "*" } }]])("reports a trust open to anyone: %j", (stmt) => {
    const [finding] = withCode(trust(stmt), "PRINCIPAL_OPEN_TO_ANYONE");
    expect(finding).toMatchObject({ severity: "SECURITY_WARNING", path: "Statement[0].Principal" });
  });

  it("accepts `*` narrowed by a condition", () => {
    expect(withCode(trust({ Principal: { AWS: "*" }, Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } } }), "PRINCIPAL_OPEN_TO_ANYONE")).toEqual([]);
  });

  it("reports a public resource policy", () => {
    const findings = lintStatements([{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" }], { kind: "resource" });
    expect(withCode(findings, "PRINCIPAL_OPEN_TO_ANYONE")).toHaveLength(1);
  });

  it.each([["arn:aws:iam::444455556666:root"], ["444455556666"]])("reports another account's root `%s` without conditions", (principal) => {
    const [finding] = withCode(trust({ Principal: { AWS: principal } }), "CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION");
    expect(finding?.path).toBe("Statement[0].Principal.AWS");
    expect(finding?.message).toContain("`444455556666`");
  });

  it.each([["sts:ExternalId"], ["aws:SourceArn"], ["aws:SourceAccount"], ["aws:PrincipalOrgID"]])("accepts a cross-account trust with `%s`", (key) => {
    const findings = trust({ Principal: { AWS: "arn:aws:iam::444455556666:root" }, Condition: { StringEquals: { [key]: "x" } } });
    expect(withCode(findings, "CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION")).toEqual([]);
  });

  it("does not report the policy's own account", () => {
    expect(withCode(trust({ Principal: { AWS: "arn:aws:iam::111122223333:root" } }, "111122223333"), "CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION")).toEqual([]);
  });

  it("suggests aws:SourceAccount for a service principal", () => {
    const [finding] = withCode(trust({ Principal: { Service: "cloudtrail.amazonaws.com" } }), "SERVICE_TRUST_WITHOUT_SOURCE");
    expect(finding).toMatchObject({ severity: "SUGGESTION", path: "Statement[0].Principal.Service" });
  });

  it("accepts a service principal tied to the source account", () => {
    const stmt = { Principal: { Service: "cloudtrail.amazonaws.com" }, Condition: { StringEquals: { "aws:SourceAccount": "111122223333" } } };
    expect(withCode(trust(stmt), "SERVICE_TRUST_WITHOUT_SOURCE")).toEqual([]);
  });

  it("does not suggest source keys for the ec2 service principal", () => {
    expect(withCode(trust({ Principal: { Service: "ec2.amazonaws.com" } }), "SERVICE_TRUST_WITHOUT_SOURCE")).toEqual([]);
  });

  it("reports github oidc trust without a sub condition", () => {
    const findings = github({ StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" } });
    expect(withCode(findings, "GITHUB_OIDC_MISSING_SUB")).toHaveLength(1);
  });

  it("reports github oidc trust without any condition", () => {
    expect(withCode(github(), "GITHUB_OIDC_MISSING_SUB")).toHaveLength(1);
  });

  it.each([["*"], ["repo:*"], ["repo:*/app:*"]])("reports a github sub of `%s`", (sub) => {
    const [finding] = withCode(github({ StringLike: { "token.actions.githubusercontent.com:sub": sub } }), "GITHUB_OIDC_SUB_WILDCARD");
    expect(finding?.path).toBe("Statement[0].Condition.StringLike.token.actions.githubusercontent.com:sub");
  });

  it("accepts a github sub naming the repository", () => {
    const findings = github({ StringLike: { "token.actions.githubusercontent.com:sub": "repo:octo-org/app:ref:refs/heads/main" } });
    expect(findings.filter((f) => f.code.startsWith("GITHUB"))).toEqual([]);
  });
});
