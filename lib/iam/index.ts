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
export { parsePolicy } from "./parse/policy";
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
