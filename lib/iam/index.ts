/**
 * Public entry of the Principal IAM evaluator. Everything the app, the CLI, lint and quiz use is
 * exported from here.
 */
export type {
  ConditionClause,
  ContextValue,
  Decision,
  Diagnostic,
  Effect,
  EvalRequest,
  OrganizationInfo,
  ParseOptions,
  ParseResult,
  Policy,
  PolicyKind,
  PolicyVersion,
  PrincipalMap,
  PrincipalSpec,
  SetQualifier,
  SourcePosition,
  SourceRange,
  Statement,
} from "./types";

/** Parses and validates a policy (JSON text or a parsed value); never throws. */
export { parsePolicy, parsePolicyLenient } from "./parse/policy";
/** Result of the lenient parse (usable statements plus skipped ones). */
export type { LenientParse, SkippedStatement } from "./parse/policy";
/** Closed table of parser / scenario / evaluation diagnostic codes. */
export { DIAGNOSTIC_CODES } from "./parse/codes";
/** A diagnostic code. */
export type { DiagnosticCode } from "./parse/codes";
/** Parses JSON text keeping source ranges and duplicate keys (for editors). */
export { parseJsonText } from "./parse/json-text";
/** JSON syntax tree nodes with source ranges. */
export type { JsonNode, JsonEntry } from "./parse/json-ast";
/** Element names of policies and statements, and principal types. */
export { POLICY_ELEMENTS } from "./parse/policy";
/** Statement element names. */
export { STATEMENT_ELEMENTS } from "./parse/statement";
/** Principal map types (`AWS`, `Service`, `Federated`, `CanonicalUser`). */
export { PRINCIPAL_TYPES } from "./parse/principal";
/** Splits a condition operator into base operator, set qualifier and IfExists. */
export { splitOperator } from "./parse/condition";
/** Documented condition operators by family. */
export { OPERATOR_FAMILIES, NEGATED_OPERATORS, lookupBaseOperator } from "./conditions/operator-names";
/** Operator family and base operator name types. */
export type { OperatorFamily, BaseOperatorName } from "./conditions/operator-names";

// ── evaluation ────────────────────────────────────────────────────────────────
/** Evaluates a scenario given as raw input; never throws. */
export { evaluate, evaluateCompiled } from "./evaluate/evaluate";
/** Options of `evaluateCompiled`. */
export type { CompiledEvalOptions } from "./evaluate/evaluate";
/** Compiles a scenario's `policies` once for many `evaluateCompiled` calls. */
export { compileScenarioPolicies } from "./evaluate/scenario-policies";
/** Compiled policies of a scenario. */
export type { CompiledPolicies, CompiledPolicy } from "./evaluate/compile-policies";
/** Result, trace and option types of evaluation. */
export type {
  ConditionTrace,
  ElementResult,
  EvalOptions,
  EvalResult,
  FlipHint,
  GateName,
  GateOutcome,
  GateResult,
  PolicySlot,
  PolicyTrace,
  StatementRef,
  StatementTrace,
  Trace,
} from "./evaluate/result-types";
/** Gates in AWS's evaluation order. */
export { GATE_ORDER } from "./evaluate/result-types";
/** Closed tables of trace reason codes and gate reasons. */
export { REASON_CODES, GATE_WHY } from "./explain/reasons";
/** A trace reason code / a gate reason code. */
export type { ReasonCode, GateWhy } from "./explain/reasons";
/** Plain-language wording of reason codes, and the CLI explanation. */
export { describeReason, REASON_WORDING, GATE_WHY_WORDING, GATE_NAMES } from "./explain/wording";
/** Plain-language multi-line explanation of a result. */
export { explainText } from "./explain/explain-text";
/** Services RCPs apply to by default. */
export { DEFAULT_RCP_SUPPORTED_SERVICES } from "./org/rcp-services";

// ── matching ──────────────────────────────────────────────────────────────────
/** Linear-time glob matching with a step counter. */
export { compileGlob, matchGlob, globMatch } from "./match/glob";
/** Glob types. */
export type { CompiledGlob, GlobPiece, StepCounter } from "./match/glob";
/** Segment-aware ARN pattern matching. */
export { compileArnPattern, matchArnPattern, splitArn } from "./match/arn";
/** Compiled ARN pattern. */
export type { CompiledArnPattern } from "./match/arn";
/** Request principal parsing and Principal-element matching. */
export { parsePrincipal } from "./match/principal-info";
/** Parsed principal types. */
export type { PrincipalInfo, PrincipalType } from "./match/principal-info";
/** Matches a Principal element against a caller. */
export { matchPrincipal, notPrincipalExcludes } from "./match/principal-match";
/** Principal-matching types. */
export type { GrantKind, PrincipalFacts, PrincipalMatch } from "./match/principal-match";
/** Policy-variable templates. */
export { parseTemplate, resolveTemplate } from "./vars/template";
/** Policy-variable types. */
export type { Template, TemplatePart, Resolution } from "./vars/template";
/** The condition-operator registry and families. */
export { OPERATOR_REGISTRY, operatorInfo } from "./conditions/registry";
/** Operator family interface. */
export type { OperatorFamilyImpl } from "./conditions/family";
/** IP, date and number parsing used by condition operators. */
export { parseCidr, cidrContains } from "./conditions/ip-family";
/** Parses IAM dates (ISO 8601 or epoch seconds) to epoch milliseconds. */
export { parseDate } from "./conditions/date-family";
/** Parses IAM numbers. */
export { parseNumber } from "./conditions/numeric-family";

// ── context, STS and PassRole ────────────────────────────────────────────────
/** Proposes the context keys AWS derives from a principal. */
export { deriveContext } from "./context/derive";
/** Extra facts for `deriveContext`. */
export type { DeriveExtras } from "./context/derive";
/** STS `AssumeRole`. */
export { assumeRole } from "./sts/assume-role";
/** Input of `assumeRole`. */
export type { AssumeRoleInput } from "./sts/assume-role";
/** STS `AssumeRoleWithWebIdentity` and `AssumeRoleWithSAML`. */
export { assumeRoleWithWebIdentity, assumeRoleWithSAML } from "./sts/federated-role";
/** Inputs of the federated AssumeRole APIs. */
export type { AssumeRoleWithWebIdentityInput, AssumeRoleWithSamlInput } from "./sts/federated-role";
/** STS `GetFederationToken`. */
export { getFederationToken } from "./sts/federation-token";
/** Input of `getFederationToken`. */
export type { GetFederationTokenInput } from "./sts/federation-token";
/** STS `GetSessionToken`. */
export { getSessionToken } from "./sts/session-token";
/** Input of `getSessionToken`. */
export type { GetSessionTokenInput } from "./sts/session-token";
/** `iam:PassRole` check. */
export { passRole } from "./sts/pass-role";
/** Input of `passRole`. */
export type { PassRoleInput } from "./sts/pass-role";
/** STS shared types. */
export type { CallerPolicies, StsCaller, StsError, StsResult, StsSession, TargetRole } from "./sts/types";
