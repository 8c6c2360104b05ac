import type { GlobPiece } from "../match/glob";
import type { OperatorFamily } from "./operator-names";

/** Returned by a family when a value has the wrong type (e.g. `abc` for `NumericEquals`). */
export const TYPE_ERROR: unique symbol = Symbol("type-error");
/** Type of `TYPE_ERROR`. */
export type TypeErrorMark = typeof TYPE_ERROR;

/**
 * One condition-operator family behind the common interface. Families implement only the
 * positive operators; negation (`...Not...`, `NotIpAddress`) is applied by the clause evaluator.
 * INVARIANT: `prepare` and `test` are pure and never throw.
 */
export interface OperatorFamilyImpl<P = unknown> {
  readonly family: OperatorFamily;
  /** Whether policy variables are substituted in values (string and ARN operators only). */
  readonly supportsVariables: boolean;
  /** Parses a policy value for the positive operator `op`. */
  prepare: (value: readonly GlobPiece[], op: string) => P | TypeErrorMark;
  /** Compares one request-context value with one prepared policy value. */
  test: (op: string, policy: P, contextValue: string) => boolean | TypeErrorMark;
  /** Whether the comparison would have succeeded ignoring case (for CASE_MISMATCH). */
  matchesIgnoringCase?: (op: string, policy: P, contextValue: string) => boolean;
}

/** Joins pieces into plain text. */
export function plain(value: readonly GlobPiece[]): string {
  return value.length === 1 ? (value[0]?.text ?? "") : value.map((p) => p.text).join("");
}
