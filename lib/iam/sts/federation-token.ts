import { deriveContext } from "../context/derive";
import { parsePrincipal } from "../match/principal-info";
import type { OrganizationInfo } from "../types";
import { authorize, checkName, failed, tagContext } from "./common";
import type { StsCaller, StsError, StsResult } from "./types";

/** Input of `getFederationToken`. */
export interface GetFederationTokenInput {
  /** An IAM user (or, not recommended, the root user) with long-term credentials. */
  caller: StsCaller;
  name: string;
  durationSeconds?: number;
  /** Session policy; without one the federated user session has no permissions. */
  policy?: unknown;
  tags?: Record<string, string>;
  issueTime?: string;
  organization?: OrganizationInfo;
}

const NO_PERMISSIONS = { Version: "2012-10-17", Statement: [] };

function duration(requested: number | undefined, isRoot: boolean, errors: StsError[]): number {
  const d = requested ?? (isRoot ? 3600 : 43200);
  if (!Number.isInteger(d) || d < 900 || d > 129600) {
    errors.push({ code: "ValidationError", message: `\`DurationSeconds\` must be between 900 and 129600 seconds, got \`${d}\`` });
  }
  // Root-user sessions are limited to one hour; a longer request defaults to one hour.
  return isRoot ? Math.min(d, 3600) : d;
}

/**
 * AWS STS `GetFederationToken`: called with an IAM user's long-term credentials (root allowed
 * but not recommended); the user needs `sts:GetFederationToken`. The session's permissions are
 * the intersection of the user's identity policies and the session policy (none without one).
 * Duration 900 to 129600 s (default 43200), at most 3600 s for the root user.
 * Source: https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html
 */
export function getFederationToken(input: GetFederationTokenInput): StsResult {
  const errors: StsError[] = [];
  const caller = parsePrincipal(input.caller.principal);
  if (caller.type !== "user" && caller.type !== "root") {
    errors.push({ code: "NotSupported", message: "`GetFederationToken` must be called with the long-term credentials of an IAM user" });
  }
  checkName(input.name, "Name", 2, 32, errors);
  const seconds = duration(input.durationSeconds, caller.type === "root", errors);
  if (errors.length > 0) return failed(errors);
  const acct = caller.account ?? "";
  const principal = `arn:${caller.partition ?? "aws"}:sts::${acct}:federated-user/${input.name}`;
  const result: StsResult = { ok: false, evaluations: [], errors };
  authorize(
    {
      principal: input.caller.principal,
      action: "sts:GetFederationToken",
      resource: principal,
      context: { ...(input.caller.context ?? {}), ...tagContext(input.tags, undefined) },
      policies: {
        identity: input.caller.policies?.identity ?? [],
        permissionBoundary: input.caller.policies?.permissionBoundary ?? null,
        scps: input.caller.policies?.scps ?? null,
      },
      principalAccount: acct,
      ...(input.organization ? { organization: input.organization } : {}),
    },
    result,
  );
  if (errors.length > 0) return result;
  const context = deriveContext(principal, {
    principalTags: input.tags ?? {},
    ...(input.issueTime ? { tokenIssueTime: input.issueTime } : {}),
  });
  result.ok = true;
  result.session = {
    principal,
    context,
    expiresInSeconds: seconds,
    sessionPolicy: input.policy ?? NO_PERMISSIONS,
    identityPolicies: input.caller.policies?.identity ?? [],
  };
  return result;
}
