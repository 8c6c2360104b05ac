import { TYPE_ERROR, plain, type OperatorFamilyImpl } from "./family";

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses an IAM numeric value; undefined when it is not a number. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  return NUMBER.test(t) ? Number(t) : undefined;
}

/** Compares numbers with one of the six comparison operators (suffix after the family name). */
export function compare(op: string, a: number, b: number): boolean {
  if (op.endsWith("LessThanEquals")) return a <= b;
  if (op.endsWith("LessThan")) return a < b;
  if (op.endsWith("GreaterThanEquals")) return a >= b;
  if (op.endsWith("GreaterThan")) return a > b;
  return a === b;
}

/**
 * Numeric operators (`NumericEquals`, `NumericLessThan`, ...). A value that is not a number is a
 * type error. Source: reference_policies_elements_condition_operators.html#Conditions_Numeric
 */
export const numericFamily: OperatorFamilyImpl<number> = {
  family: "numeric",
  supportsVariables: false,
  prepare(value) {
    return parseNumber(plain(value)) ?? TYPE_ERROR;
  },
  test(op, policy, v) {
    const n = parseNumber(v);
    if (n === undefined) return TYPE_ERROR;
    return compare(op, n, policy);
  },
};
