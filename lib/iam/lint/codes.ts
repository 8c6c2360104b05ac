/**
 * Closed table of lint codes with their severities, in the spirit of IAM Access Analyzer policy
 * validation (https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html).
 * Parser diagnostics pass through lint with the parser's own codes (`DIAGNOSTIC_CODES`).
 */

/** Severity of a lint finding, as Access Analyzer names its finding types. */
export type LintSeverity = "ERROR" | "SECURITY_WARNING" | "WARNING" | "SUGGESTION";

/** Every lint code and its severity. */
export const LINT_RULES = {
  // grammar (re-checked by lint so that already-parsed policies get them too)
  DUPLICATE_SID: "ERROR",
  MISSING_VERSION: "WARNING",
  VARIABLES_IN_OLD_VERSION: "WARNING",
  NOT_PRINCIPAL_WITH_ALLOW: "SECURITY_WARNING",
  // actions and resources (catalog)
  UNKNOWN_SERVICE: "ERROR",
  UNKNOWN_ACTION: "ERROR",
  ACTION_PATTERN_MATCHES_NOTHING: "WARNING",
  RESOURCE_MATCHES_NO_ACTION: "WARNING",
  ACTION_MATCHES_NO_RESOURCE: "WARNING",
  // condition keys (catalog)
  UNKNOWN_GLOBAL_CONDITION_KEY: "ERROR",
  UNKNOWN_SERVICE_CONDITION_KEY: "ERROR",
  CONDITION_KEY_NOT_SUPPORTED: "WARNING",
  SET_QUALIFIER_ON_SINGLE_VALUED_KEY: "WARNING",
  MISSING_SET_QUALIFIER: "WARNING",
  // condition values
  INVALID_CONDITION_VALUE: "ERROR",
  OPERATOR_KEY_TYPE_MISMATCH: "WARNING",
  STRING_OPERATOR_ON_TYPED_KEY: "SUGGESTION",
  VARIABLE_WITH_NON_STRING_OPERATOR: "WARNING",
  // size and characters
  POLICY_SIZE_EXCEEDED: "ERROR",
  INVALID_CHARACTER: "ERROR",
  // broad grants
  PASS_ROLE_WITH_STAR_RESOURCE: "SECURITY_WARNING",
  ALLOW_ALL_ACTIONS: "SECURITY_WARNING",
  ALLOW_ALL_IAM_ACTIONS: "SECURITY_WARNING",
  ALLOW_NOT_ACTION_STAR_RESOURCE: "WARNING",
  // principals and trust
  PRINCIPAL_OPEN_TO_ANYONE: "SECURITY_WARNING",
  CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION: "SECURITY_WARNING",
  SERVICE_TRUST_WITHOUT_SOURCE: "SUGGESTION",
  GITHUB_OIDC_MISSING_SUB: "SECURITY_WARNING",
  GITHUB_OIDC_SUB_WILDCARD: "SECURITY_WARNING",
  // condition pitfalls
  MFA_BOOL_WITHOUT_IF_EXISTS: "SECURITY_WARNING",
  FOR_ALL_VALUES_WITHOUT_NULL_CHECK: "SECURITY_WARNING",
  // redundancy and shadowing
  REDUNDANT_STATEMENT: "SUGGESTION",
  REDUNDANT_ACTION: "SUGGESTION",
  REDUNDANT_RESOURCE: "SUGGESTION",
  ALLOW_SHADOWED_BY_DENY: "WARNING",
} as const satisfies Record<string, LintSeverity>;

/** A lint code. */
export type LintCode = keyof typeof LINT_RULES;

/** Lint codes by name (`LINT_CODES.UNKNOWN_ACTION === "UNKNOWN_ACTION"`). */
export const LINT_CODES = Object.fromEntries(Object.keys(LINT_RULES).map((k) => [k, k])) as {
  readonly [K in LintCode]: K;
};
