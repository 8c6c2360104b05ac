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

/** Every operator family by name. */
export const OPERATOR_REGISTRY: Readonly<Record<OperatorFamily, OperatorFamilyImpl<never>>> = {
  string: stringFamily as OperatorFamilyImpl<never>,
  numeric: numericFamily as OperatorFamilyImpl<never>,
  date: dateFamily as OperatorFamilyImpl<never>,
  bool: boolFamily as OperatorFamilyImpl<never>,
  binary: binaryFamily as OperatorFamilyImpl<never>,
  ip: ipFamily as OperatorFamilyImpl<never>,
  arn: arnFamily as OperatorFamilyImpl<never>,
  null: nullFamily as OperatorFamilyImpl<never>,
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
    impl: OPERATOR_REGISTRY[found.family] as OperatorFamilyImpl<unknown>,
    family: found.family,
    positive: negated ? (POSITIVE[found.name] ?? found.name) : found.name,
    negated,
  };
}
