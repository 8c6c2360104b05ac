/**
 * Every base condition operator AWS documents, grouped by family. The parser validates names
 * against this list; the registry (`./registry`) implements them.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
export const OPERATOR_FAMILIES = {
  string: [
    "StringEquals",
    "StringNotEquals",
    "StringEqualsIgnoreCase",
    "StringNotEqualsIgnoreCase",
    "StringLike",
    "StringNotLike",
  ],
  numeric: [
    "NumericEquals",
    "NumericNotEquals",
    "NumericLessThan",
    "NumericLessThanEquals",
    "NumericGreaterThan",
    "NumericGreaterThanEquals",
  ],
  date: [
    "DateEquals",
    "DateNotEquals",
    "DateLessThan",
    "DateLessThanEquals",
    "DateGreaterThan",
    "DateGreaterThanEquals",
  ],
  bool: ["Bool"],
  binary: ["BinaryEquals"],
  ip: ["IpAddress", "NotIpAddress"],
  arn: ["ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike"],
  null: ["Null"],
} as const;

/** Name of an operator family. */
export type OperatorFamily = keyof typeof OPERATOR_FAMILIES;

/** A documented base operator name. */
export type BaseOperatorName = (typeof OPERATOR_FAMILIES)[OperatorFamily][number];

const CANONICAL = new Map<string, { name: BaseOperatorName; family: OperatorFamily }>();
for (const family of Object.keys(OPERATOR_FAMILIES) as OperatorFamily[]) {
  for (const name of OPERATOR_FAMILIES[family]) CANONICAL.set(name.toLowerCase(), { name, family });
}

/** Looks a base operator up case-insensitively; `undefined` when AWS does not document it. */
export function lookupBaseOperator(
  name: string,
): { name: BaseOperatorName; family: OperatorFamily } | undefined {
  return CANONICAL.get(name.toLowerCase());
}

/** Negated operators: true only when the key matches none of the values (format rule 8). */
export const NEGATED_OPERATORS: ReadonlySet<string> = new Set([
  "StringNotEquals",
  "StringNotEqualsIgnoreCase",
  "StringNotLike",
  "NumericNotEquals",
  "DateNotEquals",
  "NotIpAddress",
  "ArnNotEquals",
  "ArnNotLike",
]);
