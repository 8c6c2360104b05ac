import { lookupBaseOperator, type OperatorFamily } from "../conditions/operator-names";
import type { ConditionClause } from "../types";
import { isProviderKey, keyType } from "./condition-keys";
import { valuePath, type LintContext } from "./context";
import { isArnLike, isBase64, isBoolean, isDate, isIpRange, isNumeric } from "./value-formats";

interface FamilyRule {
  valid: (value: string) => boolean;
  expected: string;
  example: string;
  /** Key types the family is meant for (without `ArrayOf`); undefined: any type. */
  keyTypes?: readonly string[];
}

const RULES: Partial<Record<OperatorFamily, FamilyRule>> = {
  numeric: { valid: isNumeric, expected: "a number", example: "`42`", keyTypes: ["Numeric"] },
  date: { valid: isDate, expected: "an iso 8601 date or epoch seconds", example: "`2026-01-01T00:00:00Z`", keyTypes: ["Date"] },
  ip: { valid: isIpRange, expected: "an ip address or cidr block", example: "`203.0.113.0/24`", keyTypes: ["IPAddress"] },
  bool: { valid: isBoolean, expected: "`true` or `false`", example: "`true`", keyTypes: ["Bool"] },
  null: { valid: isBoolean, expected: "`true` or `false`", example: "`true` (key absent) or `false` (key present)" },
  arn: { valid: isArnLike, expected: "an arn", example: "`arn:aws:iam::111122223333:role/*`", keyTypes: ["ARN", "String"] },
  binary: { valid: isBase64, expected: "base64 text", example: "`QmluYXJ5`" },
};

/** Key types for which string operators work but a typed operator says more. */
const TYPED_FOR_STRING: Record<string, { operator: string; noun: string }> = {
  Date: { operator: "Date", noun: "a date" },
  Numeric: { operator: "Numeric", noun: "a numeric" },
  IPAddress: { operator: "IpAddress", noun: "an ip address" },
};

/** Keys AWS documents with two types (`aws:EpochTime` is Date and Numeric). */
const EXTRA_FAMILIES: Record<string, readonly OperatorFamily[]> = { "aws:epochtime": ["numeric"] };

const VARIABLE = /\$\{[^}]*\}/;

function checkValues(ctx: LintContext, clause: ConditionClause, rule: FamilyRule, usesVariables: boolean): void {
  clause.values.forEach((value, i) => {
    if (usesVariables && VARIABLE.test(value)) return;
    if (rule.valid(value)) return;
    ctx.report(
      "INVALID_CONDITION_VALUE",
      valuePath(ctx.policy, clause.path, i, clause.values.length),
      `\`${clause.operator}\` expects ${rule.expected}, found \`${value}\``,
      `write a value such as ${rule.example}; as written the condition never matches`,
    );
  });
}

function checkKeyType(ctx: LintContext, clause: ConditionClause, family: OperatorFamily, rule: FamilyRule | undefined): void {
  if (isProviderKey(clause.key)) return;
  const type = keyType(ctx.catalog, clause.key)?.replace(/^ArrayOf/, "");
  if (type === undefined) return;
  if (family === "string") {
    const typed = TYPED_FOR_STRING[type];
    if (typed) {
      ctx.report(
        "STRING_OPERATOR_ON_TYPED_KEY",
        clause.path,
        `\`${clause.key}\` is ${typed.noun} key compared with the string operator \`${clause.operator}\``,
        `use ${typed.operator === "IpAddress" ? "`IpAddress`" : `a \`${typed.operator}…\` operator`} so that values are compared by meaning, not as text`,
      );
    }
    return;
  }
  if (!rule?.keyTypes || rule.keyTypes.includes(type)) return;
  if (EXTRA_FAMILIES[clause.key.toLowerCase()]?.includes(family)) return;
  ctx.report(
    "OPERATOR_KEY_TYPE_MISMATCH",
    clause.path,
    `\`${clause.operator}\` is used with \`${clause.key}\`, a key of type ${type.toLowerCase()}`,
    `use an operator made for ${type.toLowerCase()} values`,
  );
}

/** Operator/value format mismatches and operator/key type mismatches. */
export function checkConditionValues(ctx: LintContext): void {
  const usesVariables = ctx.policy.version === "2012-10-17";
  for (const stmt of ctx.policy.statements) {
    for (const clause of stmt.conditions) {
      const family = lookupBaseOperator(clause.baseOperator)?.family;
      if (!family) continue;
      const rule = RULES[family];
      const hasVariable = usesVariables && clause.values.some((v) => VARIABLE.test(v));
      if (hasVariable && family !== "string" && family !== "arn") {
        ctx.report(
          "VARIABLE_WITH_NON_STRING_OPERATOR",
          clause.path,
          `policy variables in \`${clause.operator}\` values are not supported`,
          "use policy variables only with string and arn operators",
        );
      }
      if (rule) checkValues(ctx, clause, rule, usesVariables);
      checkKeyType(ctx, clause, family, rule);
    }
  }
}
