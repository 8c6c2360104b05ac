import { deriveContext } from "../context/derive";
import { parsePrincipal, type PrincipalInfo } from "../match/principal-info";
import type { ContextValue, OrganizationInfo } from "../types";
import { authorize, checkDuration, checkName, failed, tagContext } from "./common";
import type { StsCaller, StsError, StsResult, TargetRole } from "./types";

/** Input of `assumeRole` (AWS STS `AssumeRole`). */
export interface AssumeRoleInput {
  caller: StsCaller;
  role: TargetRole;
  roleSessionName: string;
  durationSeconds?: number;
  externalId?: string;
  /** MFA device used for this call (SerialNumber + TokenCode). */
  mfa?: { serialNumber: string; tokenCode: string };
  sourceIdentity?: string;
  tags?: Record<string, string>;
  transitiveTagKeys?: string[];
  /** Inline session policy. */
  policy?: unknown;
  /** Issue time of the new credentials (ISO 8601), becomes `aws:TokenIssueTime`. */
  issueTime?: string;
  organization?: OrganizationInfo;
  /** RCP levels of the role's account. */
  rcps?: unknown[][] | null;
}

/** Validates the role and its maximum session duration (3600..43200). */
export function checkRole(role: TargetRole, errors: StsError[]): PrincipalInfo {
  const info = parsePrincipal(role.arn);
  if (info.type !== "role") errors.push({ code: "ValidationError", message: `\`${role.arn}\` is not a role arn` });
  const max = role.maxSessionDuration ?? 3600;
  if (!Number.isInteger(max) || max < 3600 || max > 43200) {
    errors.push({ code: "ValidationError", message: `the role's maximum session duration must be 3600 to 43200 seconds, got \`${max}\`` });
  }
  return info;
}

function validate(input: AssumeRoleInput, errors: StsError[]): { role: PrincipalInfo; duration: number; chained: boolean } {
  const role = checkRole(input.role, errors);
  checkName(input.roleSessionName, "RoleSessionName", 2, 64, errors);
  const chained = parsePrincipal(input.caller.principal).type === "assumedRole";
  const roleMax = input.role.maxSessionDuration ?? 3600;
  // Role chaining limits the session to one hour (STS AssumeRole, DurationSeconds).
  const duration = checkDuration(input.durationSeconds, 3600, 900, chained ? Math.min(3600, roleMax) : roleMax, errors, chained ? "seconds when role chaining" : "seconds for this role");
  if (input.externalId !== undefined && (input.externalId.length < 2 || input.externalId.length > 1224 || !/^[\w+=,.@:/-]*$/.test(input.externalId))) {
    errors.push({ code: "ValidationError", message: "`ExternalId` must be 2 to 1224 characters of letters, digits and `+=,.@:/-`" });
  }
  if (input.sourceIdentity !== undefined) {
    checkName(input.sourceIdentity, "SourceIdentity", 2, 64, errors);
    if (input.sourceIdentity.toLowerCase().startsWith("aws:")) errors.push({ code: "ValidationError", message: "`SourceIdentity` cannot start with `aws:`" });
  }
  checkTags(input, errors);
  return { role, duration, chained };
}

function checkTags(input: AssumeRoleInput, errors: StsError[]): void {
  const keys = Object.keys(input.tags ?? {});
  if (keys.length > 50) errors.push({ code: "ValidationError", message: "at most 50 session tags can be passed" });
  for (const k of input.transitiveTagKeys ?? []) {
    if (!keys.includes(k)) errors.push({ code: "InvalidParameter", message: `transitive tag key \`${k}\` is not one of the session tags` });
  }
  const inherited = Object.keys(input.caller.transitiveTags ?? {}).map((k) => k.toLowerCase());
  for (const k of keys) {
    if (inherited.includes(k.toLowerCase())) errors.push({ code: "InvalidParameter", message: `session tag \`${k}\` cannot override a transitive tag of the calling session` });
  }
}

function callContext(input: AssumeRoleInput): Record<string, ContextValue> {
  const ctx: Record<string, ContextValue> = { ...(input.caller.context ?? {}), "sts:RoleSessionName": input.roleSessionName };
  if (input.externalId !== undefined) ctx["sts:ExternalId"] = input.externalId;
  if (input.sourceIdentity !== undefined) ctx["sts:SourceIdentity"] = input.sourceIdentity;
  if (input.mfa) {
    ctx["aws:MultiFactorAuthPresent"] = "true";
    ctx["aws:MultiFactorAuthAge"] = "0";
  }
  return { ...ctx, ...tagContext(input.tags, input.transitiveTagKeys) };
}

/**
 * AWS STS `AssumeRole`: the caller's identity side must allow `sts:AssumeRole` on the role (or,
 * in the same account, a trust policy naming the caller grants on its own), and the trust policy
 * must allow the caller. Passing tags needs `sts:TagSession`, a source identity
 * `sts:SetSourceIdentity`. Duration 900 s to the role's maximum (at most 3600 s when chaining).
 * Source: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
 */
export function assumeRole(input: AssumeRoleInput): StsResult {
  const errors: StsError[] = [];
  const { role, duration, chained } = validate(input, errors);
  if (errors.length > 0) return failed(errors);
  const result: StsResult = { ok: false, evaluations: [], errors };
  const caller = input.caller;
  const base = {
    principal: caller.principal,
    resource: input.role.arn,
    context: callContext(input),
    policies: {
      identity: caller.policies?.identity ?? [],
      resource: input.role.trustPolicy,
      permissionBoundary: caller.policies?.permissionBoundary ?? null,
      session: caller.policies?.session ?? null,
      scps: caller.policies?.scps ?? null,
      rcps: input.rcps ?? null,
    },
    ...(role.account ? { resourceAccount: role.account } : {}),
    ...(input.organization ? { organization: input.organization } : {}),
  };
  authorize({ ...base, action: "sts:AssumeRole" }, result);
  if (input.tags && Object.keys(input.tags).length > 0) authorize({ ...base, action: "sts:TagSession" }, result);
  if (input.sourceIdentity !== undefined) authorize({ ...base, action: "sts:SetSourceIdentity" }, result);
  if (errors.length > 0) return result;
  result.ok = true;
  result.session = roleSession(input, role, duration, chained);
  return result;
}

function roleSession(input: AssumeRoleInput, role: PrincipalInfo, duration: number, chained: boolean): StsResult["session"] {
  const principal = `arn:${role.partition ?? "aws"}:sts::${role.account ?? ""}:assumed-role/${role.name ?? ""}/${input.roleSessionName}`;
  const transitive: Record<string, string> = { ...(input.caller.transitiveTags ?? {}) };
  for (const k of input.transitiveTagKeys ?? []) {
    const v = input.tags?.[k];
    if (v !== undefined) transitive[k] = v;
  }
  const extras: Parameters<typeof deriveContext>[1] = {
    principalTags: { ...(input.role.tags ?? {}), ...(input.tags ?? {}), ...(input.caller.transitiveTags ?? {}) },
    ...(role.path ? { rolePath: role.path } : {}),
    ...(input.issueTime ? { tokenIssueTime: input.issueTime } : {}),
  };
  const context = deriveContext(principal, extras);
  const mfa = input.mfa !== undefined || input.caller.context?.["aws:MultiFactorAuthPresent"] === "true";
  context["aws:MultiFactorAuthPresent"] = mfa ? "true" : "false";
  const sourceIdentity = input.sourceIdentity ?? singleValue(input.caller.context?.["aws:SourceIdentity"]);
  if (sourceIdentity !== undefined) context["aws:SourceIdentity"] = sourceIdentity;
  const session: NonNullable<StsResult["session"]> = { principal, context, expiresInSeconds: duration, roleChained: chained };
  if (input.policy !== undefined) session.sessionPolicy = input.policy;
  if (Object.keys(transitive).length > 0) session.transitiveTags = transitive;
  if (sourceIdentity !== undefined) session.sourceIdentity = sourceIdentity;
  return session;
}

function singleValue(v: ContextValue | undefined): string | undefined {
  return typeof v === "string" ? v : undefined;
}
