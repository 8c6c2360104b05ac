import { describe, expect, it } from "vitest";
import { assumeRole, evaluate, type AssumeRoleInput } from "@/lib/iam";

// Sources: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
//          https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html (role chaining)
const A = "111122223333";
const B = "444455556666";
const USER = `arn:aws:iam::${A}:user/dana`;
const ROLE_A = `arn:aws:iam::${B}:role/app/RoleA`;
const ROLE_B = `arn:aws:iam::${B}:role/RoleB`;

function trust(principal: string, extra: Record<string, unknown> = {}, actions: string[] = ["sts:AssumeRole"]) {
  return { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: principal }, Action: actions, ...extra }] };
}
const callerCanAssume = { identity: [{ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"], Resource: "*" }] }] };

function input(over: Partial<AssumeRoleInput> = {}): AssumeRoleInput {
  return {
    caller: { principal: USER, context: { "aws:PrincipalArn": USER }, policies: callerCanAssume },
    role: { arn: ROLE_A, trustPolicy: trust(USER), maxSessionDuration: 7200 },
    roleSessionName: "dana-session",
    ...over,
  };
}

describe("assumeRole", () => {
  it("returns a role session when both sides allow", () => {
    const r = assumeRole(input());
    expect(r.ok).toBe(true);
    expect(r.session?.principal).toBe(`arn:aws:sts::${B}:assumed-role/RoleA/dana-session`);
    expect(r.session?.context["aws:PrincipalArn"]).toBe(ROLE_A);
    expect(r.session?.expiresInSeconds).toBe(3600);
  });

  it("fails cross-account when the caller's identity policy does not allow sts:AssumeRole", () => {
    const r = assumeRole(input({ caller: { principal: USER, policies: { identity: [] } } }));
    expect(r.ok).toBe(false);
    expect(r.errors[0]?.code).toBe("AccessDenied");
  });

  it("succeeds in the same account with a trust policy naming the caller and no identity policy", () => {
    const sameUser = `arn:aws:iam::${B}:user/sam`;
    const r = assumeRole(input({ caller: { principal: sameUser, policies: {} }, role: { arn: ROLE_A, trustPolicy: trust(sameUser) } }));
    expect(r.ok).toBe(true);
  });

  it("fails when the trust policy does not name the caller", () => {
    expect(assumeRole(input({ role: { arn: ROLE_A, trustPolicy: trust(`arn:aws:iam::${A}:user/other`) } })).ok).toBe(false);
  });

  it("checks sts:ExternalId", () => {
    const role = { arn: ROLE_A, trustPolicy: trust(USER, { Condition: { StringEquals: { "sts:ExternalId": "cust-7731" } } }) };
    expect(assumeRole(input({ role, externalId: "cust-7731" })).ok).toBe(true);
    expect(assumeRole(input({ role, externalId: "wrong-id" })).ok).toBe(false);
    expect(assumeRole(input({ role })).ok).toBe(false);
  });

  it("passes MFA into the request context", () => {
    const role = { arn: ROLE_A, trustPolicy: trust(USER, { Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } }) };
    expect(assumeRole(input({ role })).ok).toBe(false);
    expect(assumeRole(input({ role, mfa: { serialNumber: "arn:aws:iam::111122223333:mfa/dana", tokenCode: "123456" } })).ok).toBe(true);
  });

  it.each([
    [899, false],
    [900, true],
    [7200, true],
    [7201, false],
  ])("accepts DurationSeconds %i up to the role's maximum: %s", (duration, ok) => {
    expect(assumeRole(input({ durationSeconds: duration })).ok).toBe(ok);
  });

  it("rejects a role maximum outside 3600..43200", () => {
    expect(assumeRole(input({ role: { arn: ROLE_A, trustPolicy: trust(USER), maxSessionDuration: 50000 } })).errors[0]?.code).toBe("ValidationError");
  });

  it("limits a chained session to one hour", () => {
    const first = assumeRole(input());
    const session = first.session;
    if (!session) throw new Error("no session");
    const chained = (duration?: number) =>
      assumeRole({
        caller: { principal: session.principal, context: session.context, policies: callerCanAssume },
        role: { arn: ROLE_B, trustPolicy: trust(ROLE_A), maxSessionDuration: 43200 },
        roleSessionName: "hop2",
        ...(duration ? { durationSeconds: duration } : {}),
      });
    expect(chained(3600).ok).toBe(true);
    expect(chained(3601).ok).toBe(false);
    expect(chained()?.session?.roleChained).toBe(true);
  });

  it("needs sts:TagSession in the trust policy to pass session tags", () => {
    const tags = { team: "blue" };
    expect(assumeRole(input({ tags })).ok).toBe(false);
    const role = { arn: ROLE_A, trustPolicy: trust(USER, {}, ["sts:AssumeRole", "sts:TagSession"]) };
    const r = assumeRole(input({ role, tags }));
    expect(r.ok).toBe(true);
    expect(r.session?.context["aws:PrincipalTag/team"]).toBe("blue");
  });

  it("carries transitive tags into the next hop", () => {
    const role = { arn: ROLE_A, trustPolicy: trust(USER, {}, ["sts:AssumeRole", "sts:TagSession"]) };
    const first = assumeRole(input({ role, tags: { team: "blue", tmp: "x" }, transitiveTagKeys: ["team"] }));
    const s = first.session;
    if (!s) throw new Error("no session");
    const second = assumeRole({
      caller: { principal: s.principal, context: s.context, policies: callerCanAssume, transitiveTags: s.transitiveTags ?? {} },
      role: { arn: ROLE_B, trustPolicy: trust(ROLE_A) },
      roleSessionName: "hop2",
    });
    expect(second.session?.context["aws:PrincipalTag/team"]).toBe("blue");
    expect(second.session?.context["aws:PrincipalTag/tmp"]).toBeUndefined();
  });

  it("needs sts:SetSourceIdentity to set a source identity", () => {
    expect(assumeRole(input({ sourceIdentity: "dana" })).ok).toBe(false);
    const role = { arn: ROLE_A, trustPolicy: trust(USER, {}, ["sts:AssumeRole", "sts:SetSourceIdentity"]) };
    expect(assumeRole(input({ role, sourceIdentity: "dana" })).session?.context["aws:SourceIdentity"]).toBe("dana");
  });

  it("validates the role session name", () => {
    expect(assumeRole(input({ roleSessionName: "a" })).errors[0]?.code).toBe("ValidationError");
    expect(assumeRole(input({ roleSessionName: "has space" })).ok).toBe(false);
  });

  it("lets a revoked session be denied by aws:TokenIssueTime", () => {
    // Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html
    const s = assumeRole(input({ issueTime: "2026-05-04T08:00:00Z" })).session;
    if (!s) throw new Error("no session");
    const revoke = { Version: "2012-10-17", Statement: [{ Effect: "Deny", Action: "*", Resource: "*", Condition: { DateLessThan: { "aws:TokenIssueTime": "2026-05-04T12:00:00Z" } } }] };
    const allow = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }] };
    const r = evaluate({ request: { principal: s.principal, action: "s3:GetObject", resource: "arn:aws:s3:::b/k", context: s.context, resourceAccount: B }, policies: { identity: [allow, revoke] } });
    expect(r.decision).toBe("ExplicitDeny");
  });
});
