/**
 * Core types of the Principal IAM evaluator: parsed policies, diagnostics and requests.
 *
 * These types are shared with lint and the action catalog; fields are only ever added, never
 * renamed.
 */

/** Where a policy document is attached; decides which elements are required or forbidden. */
export type PolicyKind =
  | "identity"
  | "resource"
  | "trust"
  | "boundary"
  | "scp"
  | "rcp"
  | "session"
  | "vpcEndpoint";

/** A point in the source text: 1-based line and column, 0-based UTF-16 offset. */
export interface SourcePosition {
  line: number;
  column: number;
  offset: number;
}

/** A span of source text; `end` is exclusive. */
export interface SourceRange {
  start: SourcePosition;
  end: SourcePosition;
}

/**
 * A problem found in input. Messages are lowercase, have no trailing period and put user input in
 * backticks (Cedar style).
 */
export interface Diagnostic {
  /** Stable code from a closed `as const` table (see `DIAGNOSTIC_CODES`). */
  code: string;
  message: string;
  /** JSON path of the offending element, e.g. `Statement[0].Condition`. */
  path: string;
  severity: "error" | "warning";
  help?: string;
  /** Source range when the input was text. */
  range?: SourceRange;
}

/** The principal maps of a `Principal` / `NotPrincipal` element, every value normalized to an array. */
export interface PrincipalMap {
  AWS?: string[];
  Service?: string[];
  Federated?: string[];
  CanonicalUser?: string[];
}

/** `"*"` (everyone, including anonymous) or a map of principal types to identifiers. */
export type PrincipalSpec = "*" | PrincipalMap;

/** Set qualifier of a condition operator for multivalued keys. */
export type SetQualifier = "ForAllValues" | "ForAnyValue";

/** One operator + key pair of a `Condition` block, values normalized to strings. */
export interface ConditionClause {
  /** Operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operator: string;
  /** Operator without qualifier and `IfExists`, e.g. `StringLike`. */
  baseOperator: string;
  setQualifier?: SetQualifier;
  ifExists: boolean;
  /** Condition key as written (comparison is case-insensitive). */
  key: string;
  /** Values; JSON booleans and numbers are converted to strings as AWS does. */
  values: string[];
  /** e.g. `Statement[0].Condition.StringEquals.aws:SourceIp`. */
  path: string;
  range?: SourceRange;
}

/** Effect of a statement. */
export type Effect = "Allow" | "Deny";

/** A normalized policy statement; string-or-array elements are always arrays. */
export interface Statement {
  /** Position in the policy's statement list (0 when `Statement` is a single object). */
  index: number;
  /** e.g. `Statement[0]` (or `Statement` when the element is a single object). */
  path: string;
  sid?: string;
  effect: Effect;
  principal?: PrincipalSpec;
  notPrincipal?: PrincipalSpec;
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  conditions: ConditionClause[];
  range?: SourceRange;
}

/** Policy language versions AWS accepts. */
export type PolicyVersion = "2012-10-17" | "2008-10-17";

/** A parsed, normalized policy document. */
export interface Policy {
  /** Effective version; a missing `Version` is treated as `2008-10-17` (policy variables literal). */
  version: PolicyVersion;
  /** Whether `Version` was present in the document. */
  versionPresent: boolean;
  id?: string;
  statements: Statement[];
  /** Kind the policy was parsed as, when given. */
  kind?: PolicyKind;
  /**
   * Source ranges by JSON path (`Statement[0].Action[1]`, `Statement[0].Condition.StringEquals`),
   * present when the input was text. Keys use the same path syntax as diagnostics.
   */
  sourceMap?: Record<string, SourceRange>;
}

/** Result of `parsePolicy`; never thrown. */
export type ParseResult =
  | { ok: true; policy: Policy; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** Options of `parsePolicy`. */
export interface ParseOptions {
  kind?: PolicyKind;
}

/** The three decisions of AWS's policy evaluation logic. */
export type Decision = "Allow" | "ExplicitDeny" | "ImplicitDeny";

/** A request-context value: a string, or a string array for multivalued keys. */
export type ContextValue = string | string[];

/** An authorization request (the `request` element of a scenario). */
export interface EvalRequest {
  principal: string;
  action: string;
  resource: string;
  context: Record<string, ContextValue>;
  resourceAccount?: string;
  principalAccount?: string;
}

/** Organization facts of a scenario. */
export interface OrganizationInfo {
  managementAccountId?: string;
}
