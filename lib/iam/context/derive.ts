import { parsePrincipal } from "../match/principal-info";
import type { ContextValue } from "../types";

/** Facts the caller knows about a principal beyond its ARN. */
export interface DeriveExtras {
  /** Unique id of the IAM user (`AIDA...`) or role (`AROA...`), used for `aws:userid`. */
  uniqueId?: string;
  /** IAM path of the role behind a session (e.g. `/app/`), for `aws:PrincipalArn`. */
  rolePath?: string;
  /** Principal tags (`aws:PrincipalTag/<key>`). */
  principalTags?: Record<string, string>;
  /** `aws:PrincipalOrgID`. */
  principalOrgId?: string;
  /** Issue time of temporary credentials (`aws:TokenIssueTime`, ISO 8601). */
  tokenIssueTime?: string;
  /** Any other keys; they win over derived ones. */
  context?: Record<string, ContextValue>;
}

/**
 * Proposes the request-context keys AWS derives from a principal (format rule 1): `aws:PrincipalArn`
 * (the role ARN for a role session), `aws:PrincipalAccount`, `aws:PrincipalType`, `aws:username`
 * (IAM users only), `aws:userid`, `aws:PrincipalIsAWSService` / `aws:PrincipalServiceName`.
 * `evaluate` never calls this; the sandbox offers it to learners.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#principaltable
 */
export function deriveContext(principal: string, extras: DeriveExtras = {}): Record<string, ContextValue> {
  const p = parsePrincipal(principal);
  const out: Record<string, ContextValue> = {};
  const acct = p.account;
  if (acct !== undefined) out["aws:PrincipalAccount"] = acct;
  switch (p.type) {
    case "root":
      Object.assign(out, { "aws:PrincipalArn": p.raw, "aws:PrincipalType": "Account", "aws:userid": acct ?? "" });
      break;
    case "user":
      Object.assign(out, { "aws:PrincipalArn": p.raw, "aws:PrincipalType": "User", "aws:username": p.name ?? "" });
      if (extras.uniqueId) out["aws:userid"] = extras.uniqueId;
      break;
    case "assumedRole": {
      const path = extras.rolePath ?? "/";
      out["aws:PrincipalArn"] = `arn:${p.partition ?? "aws"}:iam::${acct ?? ""}:role${path}${p.name ?? ""}`;
      out["aws:PrincipalType"] = "AssumedRole";
      if (extras.uniqueId) out["aws:userid"] = `${extras.uniqueId}:${p.sessionName ?? ""}`;
      break;
    }
    case "role":
      Object.assign(out, { "aws:PrincipalArn": p.raw, "aws:PrincipalType": "AssumedRole" });
      break;
    case "federatedUser":
      Object.assign(out, { "aws:PrincipalArn": p.raw, "aws:PrincipalType": "FederatedUser", "aws:userid": `${acct ?? ""}:${p.name ?? ""}` });
      break;
    case "service":
      Object.assign(out, { "aws:PrincipalIsAWSService": "true", "aws:PrincipalServiceName": p.raw });
      break;
    case "anonymous":
      Object.assign(out, { "aws:PrincipalType": "Anonymous", "aws:userid": "anonymous" });
      break;
    default:
      break;
  }
  if (p.type !== "service" && p.type !== "anonymous" && p.type !== "webIdentity" && p.type !== "saml") out["aws:PrincipalIsAWSService"] = "false";
  for (const [k, v] of Object.entries(extras.principalTags ?? {})) out[`aws:PrincipalTag/${k}`] = v;
  if (extras.principalOrgId) out["aws:PrincipalOrgID"] = extras.principalOrgId;
  if (extras.tokenIssueTime) out["aws:TokenIssueTime"] = extras.tokenIssueTime;
  return { ...out, ...(extras.context ?? {}) };
}
