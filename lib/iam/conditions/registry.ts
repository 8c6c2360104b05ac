import { arnFamily } from "./arn-family";
import { binaryFamily } from "./binary-family";
import { boolFamily } from "./bool-family";
import { dateFamily } from "./date-family";
import type { OperatorFamilyImpl } from "./family";
import { ipFamily } from "./ip-family";
import { nullFamily } from "./null-family";
import { numericFamily } from "./numeric-family";
import { lookupBaseOperator, NEGATED_OPERATORS, type OperatorFamily } from "./operator-names";
import { stringFamily } from "./string-family";

/**
 * Forgets a family's prepared-value type so families can share one table.
 * INVARIANT: a family only ever receives values its own `prepare` produced.
 */
function erase<P>(family: OperatorFamilyImpl<P>): OperatorFamilyImpl<unknown> {
  return family as unknown as OperatorFamilyImpl<unknown>;
}

/** Every operator family by name. */
export const OPERATOR_REGISTRY: Readonly<Record<OperatorFamily, OperatorFamilyImpl<unknown>>> = {
  string: erase(stringFamily),
  numeric: erase(numericFamily),
  date: erase(dateFamily),
  bool: erase(boolFamily),
  binary: erase(binaryFamily),
  ip: erase(ipFamily),
  arn: erase(arnFamily),
  null: erase(nullFamily),
};

const POSITIVE: Record<string, string> = {
  StringNotEquals: "StringEquals",
  StringNotEqualsIgnoreCase: "StringEqualsIgnoreCase",
  StringNotLike: "StringLike",
  NumericNotEquals: "NumericEquals",
  DateNotEquals: "DateEquals",
  NotIpAddress: "IpAddress",
  ArnNotEquals: "ArnEquals",
  ArnNotLike: "ArnLike",
};

/** Resolved operator: its family, positive form and whether it is negated. */
export interface OperatorInfo {
  impl: OperatorFamilyImpl<unknown>;
  family: OperatorFamily;
  positive: string;
  negated: boolean;
}

/** Looks up a base operator (as produced by the parser); undefined if unknown. */
export function operatorInfo(baseOperator: string): OperatorInfo | undefined {
  const found = lookupBaseOperator(baseOperator);
  if (!found) return undefined;
  const negated = NEGATED_OPERATORS.has(found.name);
  return {
    impl: OPERATOR_REGISTRY[found.family],
    family: found.family,
    positive: negated ? (POSITIVE[found.name] ?? found.name) : found.name,
    negated,
  };
}
