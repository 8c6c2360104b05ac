import { describe, expect, it } from "vitest";
import { assumeRoleWithSAML, assumeRoleWithWebIdentity, evaluate, getFederationToken, getSessionToken } from "@/lib/iam";

const ACCT = "111122223333";
const ROLE = `arn:aws:iam::${ACCT}:role/DeployFromCI`;
const GH = `arn:aws:iam::${ACCT}:oidc-provider/token.actions.githubusercontent.com`;

// Source: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html
describe("assumeRoleWithWebIdentity", () => {
  const trustPolicy = {
    Version: "2012-10-17",
    Statement: [{
      Effect: "Allow",
      Principal: { Federated: GH },
      Action: "sts:AssumeRoleWithWebIdentity",
      Condition: { StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" }, StringLike: { "token.actions.githubusercontent.com:sub": "repo:acme/shop:*" } },
    }],
  };
  const claims = (sub: string) => ({ "token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": sub });

  it("allows a token whose claims satisfy the trust policy", () => {
    const r = assumeRoleWithWebIdentity({ provider: GH, claims: claims("repo:acme/shop:ref:refs/heads/main"), role: { arn: ROLE, trustPolicy }, roleSessionName: "ci" });
    expect(r.ok).toBe(true);
    expect(r.session?.principal).toBe(`arn:aws:sts::${ACCT}:assumed-role/DeployFromCI/ci`);
  });

  it("denies a token from another repository", () => {
    expect(assumeRoleWithWebIdentity({ provider: GH, claims: claims("repo:evil/fork:ref:refs/heads/main"), role: { arn: ROLE, trustPolicy }, roleSessionName: "ci" }).ok).toBe(false);
  });

  it("checks Google's aud claim", () => {
    const google = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Federated: "accounts.google.com" }, Action: "sts:AssumeRoleWithWebIdentity", Condition: { StringEquals: { "accounts.google.com:aud": "my-app-id" } } }] };
    expect(assumeRoleWithWebIdentity({ provider: "accounts.google.com", claims: { "accounts.google.com:aud": "my-app-id" }, role: { arn: ROLE, trustPolicy: google }, roleSessionName: "web" }).ok).toBe(true);
    expect(assumeRoleWithWebIdentity({ provider: "accounts.google.com", claims: { "accounts.google.com:aud": "other" }, role: { arn: ROLE, trustPolicy: google }, roleSessionName: "web" }).ok).toBe(false);
  });

  it("checks Cognito's amr claim with ForAnyValue", () => {
    const cognito = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Federated: "cognito-identity.amazonaws.com" }, Action: "sts:AssumeRoleWithWebIdentity", Condition: { "ForAnyValue:StringLike": { "cognito-identity.amazonaws.com:amr": "authenticated" } } }] };
    const ok = (amr: string[]) => assumeRoleWithWebIdentity({ provider: "cognito-identity.amazonaws.com", claims: { "cognito-identity.amazonaws.com:amr": amr }, role: { arn: ROLE, trustPolicy: cognito }, roleSessionName: "app" }).ok;
    expect(ok(["authenticated", "graph.facebook.com"])).toBe(true);
    expect(ok(["unauthenticated"])).toBe(false);
  });

  it("limits the duration to the role's maximum", () => {
    expect(assumeRoleWithWebIdentity({ provider: GH, claims: claims("repo:acme/shop:x"), role: { arn: ROLE, trustPolicy }, roleSessionName: "ci", durationSeconds: 3601 }).ok).toBe(false);
  });
});

// Source: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithSAML.html
describe("assumeRoleWithSAML", () => {
  const SAML = `arn:aws:iam::${ACCT}:saml-provider/Okta`;
  const trustPolicy = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Federated: SAML }, Action: "sts:AssumeRoleWithSAML", Condition: { StringEquals: { "SAML:aud": "https://signin.aws.amazon.com/saml" } } }] };
  it("allows an assertion for the AWS sign-in audience", () => {
    expect(assumeRoleWithSAML({ samlProviderArn: SAML, attributes: { "SAML:aud": "https://signin.aws.amazon.com/saml" }, role: { arn: ROLE, trustPolicy }, roleSessionName: "dana@example.com" }).ok).toBe(true);
  });
  it("denies another audience", () => {
    expect(assumeRoleWithSAML({ samlProviderArn: SAML, attributes: { "SAML:aud": "https://evil.example" }, role: { arn: ROLE, trustPolicy }, roleSessionName: "dana@example.com" }).ok).toBe(false);
  });
});

// Source: https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html
describe("getFederationToken", () => {
  const USER = `arn:aws:iam::${ACCT}:user/proxy`;
  const userPolicies = { identity: [{ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["sts:GetFederationToken", "s3:GetObject", "s3:PutObject"], Resource: "*" }] }] };
  const sessionPolicy = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["s3:GetObject", "ec2:*"], Resource: "*" }] };

  function use(action: string, s: NonNullable<ReturnType<typeof getFederationToken>["session"]>) {
    return evaluate({ request: { principal: s.principal, action, resource: "arn:aws:s3:::b/k", context: s.context, resourceAccount: ACCT }, policies: { identity: s.identityPolicies, session: s.sessionPolicy } }).decision;
  }

  it("gives a session whose permissions are the intersection of user and session policy", () => {
    const r = getFederationToken({ caller: { principal: USER, policies: userPolicies }, name: "bob", policy: sessionPolicy });
    const s = r.session;
    if (!s) throw new Error("no session");
    expect(s.principal).toBe(`arn:aws:sts::${ACCT}:federated-user/bob`);
    expect(use("s3:GetObject", s)).toBe("Allow");
    expect(use("s3:PutObject", s)).toBe("ImplicitDeny");
    expect(use("ec2:RunInstances", s)).toBe("ImplicitDeny");
  });

  it("gives a session without permissions when no session policy is passed", () => {
    const s = getFederationToken({ caller: { principal: USER, policies: userPolicies }, name: "bob" }).session;
    if (!s) throw new Error("no session");
    expect(use("s3:GetObject", s)).toBe("ImplicitDeny");
  });

  it("needs sts:GetFederationToken", () => {
    expect(getFederationToken({ caller: { principal: USER, policies: { identity: [] } }, name: "bob" }).ok).toBe(false);
  });

  it.each([
    [undefined, 43200],
    [129600, 129600],
  ])("uses DurationSeconds %s as %i seconds", (d, expected) => {
    const r = getFederationToken({ caller: { principal: USER, policies: userPolicies }, name: "bob", ...(d ? { durationSeconds: d } : {}) });
    expect(r.session?.expiresInSeconds).toBe(expected);
  });

  it("rejects more than 129600 seconds", () => {
    expect(getFederationToken({ caller: { principal: USER, policies: userPolicies }, name: "bob", durationSeconds: 129601 }).ok).toBe(false);
  });

  it("limits root-user sessions to one hour", () => {
    expect(getFederationToken({ caller: { principal: `arn:aws:iam::${ACCT}:root` }, name: "bob", durationSeconds: 7200 }).session?.expiresInSeconds).toBe(3600);
  });

  it("cannot be called by a role session", () => {
    expect(getFederationToken({ caller: { principal: `arn:aws:sts::${ACCT}:assumed-role/R/s` }, name: "bob" }).errors[0]?.code).toBe("NotSupported");
  });
});

// Source: https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html
describe("getSessionToken", () => {
  const USER = `arn:aws:iam::${ACCT}:user/dana`;
  it("needs no policy and reports MFA in the session context", () => {
    const r = getSessionToken({ caller: { principal: USER }, mfa: { serialNumber: "arn:aws:iam::111122223333:mfa/dana", tokenCode: "123456" } });
    expect(r.ok).toBe(true);
    expect(r.evaluations).toEqual([]);
    expect(r.session?.context["aws:MultiFactorAuthPresent"]).toBe("true");
    expect(r.session?.expiresInSeconds).toBe(43200);
  });
  it("reports MFA absent without a device", () => {
    expect(getSessionToken({ caller: { principal: USER } }).session?.context["aws:MultiFactorAuthPresent"]).toBe("false");
  });
  it.each([
    [USER, 129600, true],
    [USER, 129601, false],
    [`arn:aws:iam::${ACCT}:root`, 3600, true],
    [`arn:aws:iam::${ACCT}:root`, 3601, false],
    [USER, 899, false],
  ])("for %s accepts %i seconds: %s", (principal, d, ok) => {
    expect(getSessionToken({ caller: { principal }, durationSeconds: d }).ok).toBe(ok);
  });
});
