import type { GateName } from "../evaluate/result-types";
import type { GateWhy, ReasonCode } from "./reasons";

/** Plain-language one-liners for reason codes (for the app and the CLI). */
export const REASON_WORDING: Readonly<Record<ReasonCode, string>> = {
  MATCHED: "every element of the statement matched the request",
  ACTION_NOT_MATCHED: "the requested action is not in the statement's Action list",
  RESOURCE_NOT_MATCHED: "the requested resource is not in the statement's Resource list",
  PRINCIPAL_NOT_MATCHED: "the caller is not named in the statement's Principal",
  CONDITION_FAILED: "a condition did not hold for the values in the request",
  CONDITION_KEY_MISSING: "a condition key is not in the request, so the condition is false",
  IFEXISTS_KEY_MISSING: "the key is not in the request, so the ...IfExists condition holds",
  VARIABLE_UNRESOLVED: "a policy variable has no value in the request, so that value matches nothing",
  FORALLVALUES_EMPTY_SET: "ForAllValues holds when the key is missing or empty",
  FORANYVALUE_KEY_MISSING: "ForAnyValue fails when the key is missing or empty",
  NEGATED_OPERATOR_KEY_MISSING: "a negated operator holds when the key is missing",
  NULL_CHECK: "the Null condition matched the presence or absence of the key",
  CASE_MISMATCH: "it would have matched if letter case were ignored; this comparison is case-sensitive",
  TYPE_MISMATCH: "a value has the wrong type for the operator, so the condition is false",
  NOT_ACTION_EXCLUDED: "the action is listed in NotAction, so the statement does not apply",
  NOT_RESOURCE_EXCLUDED: "the resource is listed in NotResource, so the statement does not apply",
  NOT_PRINCIPAL_EXCLUDED: "the caller is listed in NotPrincipal, so the statement does not apply",
  NOT_PRINCIPAL_BOUNDARY_OVERRIDE: "a Deny with NotPrincipal always applies to a principal with a permissions boundary",
  SKIPPED_INVALID: "the statement is invalid and was skipped",
};

/** Plain-language one-liners for gate outcomes. */
export const GATE_WHY_WORDING: Readonly<Record<GateWhy, string>> = {
  EXPLICIT_DENY_FOUND: "a Deny statement matched; an explicit deny overrides every allow",
  NO_EXPLICIT_DENY: "no Deny statement matched",
  NO_POLICY: "no policy of this type applies",
  ALLOW_FOUND: "an Allow statement matched",
  NO_ALLOW_FOUND: "no Allow statement matched",
  LEVEL_WITHOUT_ALLOW: "a level of the organization has no SCP that allows the request",
  EVERY_LEVEL_ALLOWS: "every level of the organization allows the request",
  RCP_FULL_ACCESS_IMPLIED: "RCPFullAWSAccess allows everything at every level; only Deny statements matter",
  MANAGEMENT_ACCOUNT_EXEMPT: "organization policies do not apply to the management account",
  SERVICE_LINKED_ROLE_EXEMPT: "SCPs do not apply to service-linked roles",
  PRINCIPAL_NOT_IN_ACCOUNT: "SCPs apply only to principals of member accounts",
  SERVICE_NOT_SUPPORTED_BY_RCPS: "RCPs do not apply to this service",
  AWS_MANAGED_KMS_KEY: "RCPs do not apply to AWS managed KMS keys",
  GRANTED_DIRECTLY: "the resource policy names this principal and grants on its own",
  GRANTED_TO_ROLE_LIMITED: "the resource policy names the role (or the IAM user behind the session), so boundaries and session policies still limit it",
  DELEGATED_TO_IDENTITY: "the resource policy names the account, which delegates to identity policies",
  RESOURCE_POLICY_REQUIRED: "role trust policies and KMS key policies must allow the caller themselves",
  CROSS_ACCOUNT_NEEDS_RESOURCE_ALLOW: "across accounts, the resource policy must allow the caller",
  CROSS_ACCOUNT_NEEDS_IDENTITY_ALLOW: "across accounts, the caller's own policies must also allow the request",
  ROOT_USER_FULL_ACCESS: "the root user has full access to its own account",
  NO_IDENTITY_POLICIES_FOR_PRINCIPAL: "this kind of caller has no identity policies",
  NOT_NEEDED: "not needed, because the resource policy grants on its own",
  FEDERATED_USER_NEEDS_SESSION_POLICY: "a federated user session without a session policy has no permissions",
};

/** Plain names of the gates. */
export const GATE_NAMES: Readonly<Record<GateName, string>> = {
  "explicit-deny": "explicit deny check",
  rcp: "resource control policies",
  scp: "service control policies",
  resource: "resource-based policy",
  identity: "identity-based policies",
  boundary: "permissions boundary",
  session: "session policy",
  vpcEndpoint: "VPC endpoint policy",
};

/** Plain-language one-liner for a reason or gate code; the code itself when unknown. */
export function describeReason(code: string): string {
  return (REASON_WORDING as Record<string, string>)[code] ?? (GATE_WHY_WORDING as Record<string, string>)[code] ?? code;
}
