import { deriveContext } from "../context/derive";
import { parsePrincipal } from "../match/principal-info";
import { checkDuration, failed } from "./common";
import type { StsCaller, StsError, StsResult } from "./types";

/** Input of `getSessionToken`. */
export interface GetSessionTokenInput {
  /** An IAM user or the root user, with long-term credentials. */
  caller: StsCaller;
  durationSeconds?: number;
  mfa?: { serialNumber: string; tokenCode: string };
  issueTime?: string;
}

/**
 * AWS STS `GetSessionToken`: no policy decides it. Temporary credentials for the same IAM user
 * (typically to prove MFA). Duration 900 to 129600 s for IAM users (default 43200), 900 to
 * 3600 s for the root user (default 3600).
 * Source: https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html
 */
export function getSessionToken(input: GetSessionTokenInput): StsResult {
  const errors: StsError[] = [];
  const caller = parsePrincipal(input.caller.principal);
  if (caller.type !== "user" && caller.type !== "root") {
    errors.push({ code: "NotSupported", message: "`GetSessionToken` must be called with the long-term credentials of an IAM user or the root user" });
  }
  const isRoot = caller.type === "root";
  const seconds = checkDuration(input.durationSeconds, isRoot ? 3600 : 43200, 900, isRoot ? 3600 : 129600, errors, isRoot ? "seconds for the root user" : "seconds");
  if (errors.length > 0) return failed(errors);
  const context = deriveContext(input.caller.principal, {
    context: input.caller.context ?? {},
    ...(input.issueTime ? { tokenIssueTime: input.issueTime } : {}),
  });
  context["aws:MultiFactorAuthPresent"] = input.mfa ? "true" : "false";
  if (input.mfa) context["aws:MultiFactorAuthAge"] = "0";
  else delete context["aws:MultiFactorAuthAge"];
  return {
    ok: true,
    evaluations: [],
    errors,
    session: { principal: input.caller.principal, context, expiresInSeconds: seconds, identityPolicies: input.caller.policies?.identity ?? [] },
  };
}
