import { deriveContext } from "../context/derive";
import type { ContextValue } from "../types";
import { checkRole } from "./assume-role";
import { authorize, checkDuration, checkName, failed } from "./common";
import type { StsError, StsResult, TargetRole } from "./types";

/** Input of `assumeRoleWithWebIdentity`. */
export interface AssumeRoleWithWebIdentityInput {
  /** Provider: `accounts.google.com`, `cognito-identity.amazonaws.com`, or an OIDC provider ARN. */
  provider: string;
  /** Claims as context keys, e.g. `token.actions.githubusercontent.com:sub`, `accounts.google.com:aud`. */
  claims: Record<string, ContextValue>;
  role: TargetRole;
  roleSessionName: string;
  durationSeconds?: number;
  policy?: unknown;
  issueTime?: string;
}

/** Input of `assumeRoleWithSAML`. */
export interface AssumeRoleWithSamlInput {
  /** SAML provider ARN (`arn:aws:iam::ACCOUNT:saml-provider/NAME`). */
  samlProviderArn: string;
  /** Assertion attributes as context keys (`SAML:aud`, `SAML:sub`, ...). */
  attributes: Record<string, ContextValue>;
  role: TargetRole;
  /** Session name from the assertion's `RoleSessionName` attribute. */
  roleSessionName: string;
  durationSeconds?: number;
  policy?: unknown;
  issueTime?: string;
}

interface FederatedCall {
  caller: string;
  action: "sts:AssumeRoleWithWebIdentity" | "sts:AssumeRoleWithSAML";
  context: Record<string, ContextValue>;
  role: TargetRole;
  roleSessionName: string;
  durationSeconds?: number;
  policy?: unknown;
  issueTime?: string;
}

function federated(call: FederatedCall): StsResult {
  const errors: StsError[] = [];
  const role = checkRole(call.role, errors);
  checkName(call.roleSessionName, "RoleSessionName", 2, 64, errors);
  const duration = checkDuration(call.durationSeconds, 3600, 900, call.role.maxSessionDuration ?? 3600, errors, "seconds for this role");
  if (errors.length > 0) return failed(errors);
  const result: StsResult = { ok: false, evaluations: [], errors };
  // INVARIANT: web-identity and SAML callers have no identity policies; only the trust policy decides.
  authorize(
    {
      principal: call.caller,
      action: call.action,
      resource: call.role.arn,
      context: call.context,
      policies: { identity: [], resource: call.role.trustPolicy },
      ...(role.account ? { resourceAccount: role.account } : {}),
    },
    result,
  );
  if (errors.length > 0) return result;
  const principal = `arn:${role.partition ?? "aws"}:sts::${role.account ?? ""}:assumed-role/${role.name ?? ""}/${call.roleSessionName}`;
  const context = deriveContext(principal, {
    principalTags: call.role.tags ?? {},
    ...(role.path ? { rolePath: role.path } : {}),
    ...(call.issueTime ? { tokenIssueTime: call.issueTime } : {}),
  });
  context["aws:FederatedProvider"] = call.caller;
  result.ok = true;
  result.session = { principal, context, expiresInSeconds: duration };
  if (call.policy !== undefined) result.session.sessionPolicy = call.policy;
  return result;
}

/**
 * AWS STS `AssumeRoleWithWebIdentity`: no caller credentials; the role trust policy alone must
 * allow the provider (`Federated`) with its claim conditions. Duration 900 s to the role's maximum.
 * Source: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html
 */
export function assumeRoleWithWebIdentity(input: AssumeRoleWithWebIdentityInput): StsResult {
  return federated({ ...input, caller: input.provider, action: "sts:AssumeRoleWithWebIdentity", context: input.claims });
}

/**
 * AWS STS `AssumeRoleWithSAML`: no caller credentials; the trust policy alone must allow the
 * SAML provider (`Federated`) with `SAML:*` conditions. Duration 900 s to the role's maximum.
 * Source: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithSAML.html
 */
export function assumeRoleWithSAML(input: AssumeRoleWithSamlInput): StsResult {
  return federated({ ...input, caller: input.samlProviderArn, action: "sts:AssumeRoleWithSAML", context: input.attributes });
}
