import type { PreparedRequest } from "../evaluate/prepared-request";
import { GATE_WHY as W, type GateWhy } from "../explain/reasons";
import type { OrganizationInfo } from "../types";

/** Whether a guardrail applies, and why not when it does not. */
export interface Applicability {
  applies: boolean;
  why?: GateWhy;
}

const ACCOUNT_PRINCIPALS = new Set(["root", "user", "role", "assumedRole", "federatedUser", "unknown"]);

/** Whether the caller is a service-linked role or a session of one (format rule 5). */
export function isServiceLinked(req: PreparedRequest): boolean {
  if (req.principal.serviceLinked) return true;
  if (req.principal.type !== "assumedRole") return false;
  return req.facts.principalArn?.includes(":role/aws-service-role/") ?? false;
}

/**
 * SCPs apply to principals of member accounts: not to the management account, service-linked
 * roles, service principals, anonymous or web-identity / SAML callers (format rules 3, 5, 10).
 */
export function scpApplicability(req: PreparedRequest, org: OrganizationInfo): Applicability {
  if (!ACCOUNT_PRINCIPALS.has(req.principal.type)) return { applies: false, why: W.PRINCIPAL_NOT_IN_ACCOUNT };
  if (org.managementAccountId !== undefined && req.principalAccount === org.managementAccountId) {
    return { applies: false, why: W.MANAGEMENT_ACCOUNT_EXEMPT };
  }
  if (isServiceLinked(req)) return { applies: false, why: W.SERVICE_LINKED_ROLE_EXEMPT };
  return { applies: true };
}

/** Whether the resource is an AWS managed KMS key (its aliases start with `alias/aws/`). */
export function isAwsManagedKmsKey(req: PreparedRequest): boolean {
  if (req.service !== "kms") return false;
  const aliases = req.ctx.values("kms:resourcealiases") ?? [];
  return aliases.some((a) => a.startsWith("alias/aws/"));
}

/**
 * RCPs apply to resources of member accounts, only for supported services and not to AWS
 * managed KMS keys (format rules 4, 5, 10).
 */
export function rcpApplicability(req: PreparedRequest, org: OrganizationInfo, services: readonly string[]): Applicability {
  if (org.managementAccountId !== undefined && req.resourceAccount === org.managementAccountId) {
    return { applies: false, why: W.MANAGEMENT_ACCOUNT_EXEMPT };
  }
  if (!services.includes(req.service)) return { applies: false, why: W.SERVICE_NOT_SUPPORTED_BY_RCPS };
  if (isAwsManagedKmsKey(req)) return { applies: false, why: W.AWS_MANAGED_KMS_KEY };
  // RCPs do not affect AWS services assuming their service-linked roles.
  if (req.principal.type === "service" && req.actionLower === "sts:assumerole" && req.resource.includes(":role/aws-service-role/")) {
    return { applies: false, why: W.SERVICE_LINKED_ROLE_EXEMPT };
  }
  return { applies: true };
}
