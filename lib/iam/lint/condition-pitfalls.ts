import type { ConditionClause, Statement } from "../types";
import type { LintContext } from "./context";

/**
 * `Deny` + `Bool` `aws:MultiFactorAuthPresent` `false` without `IfExists`: requests signed with
 * long-term access keys carry no `aws:MultiFactorAuthPresent`, a `Bool` test of an absent key is
 * false, so the deny never applies to them (AWS IAM User Guide, "aws:MultiFactorAuthPresent").
 */
function checkMfa(ctx: LintContext, stmt: Statement, clause: ConditionClause): void {
  if (stmt.effect !== "Deny" || clause.baseOperator !== "Bool" || clause.ifExists || clause.setQualifier) return;
  if (clause.key.toLowerCase() !== "aws:multifactorauthpresent") return;
  if (!clause.values.some((v) => v.toLowerCase() === "false")) return;
  ctx.report(
    "MFA_BOOL_WITHOUT_IF_EXISTS",
    clause.path,
    "`Bool` `aws:MultiFactorAuthPresent` `false` does not match requests made with long-term access keys, which carry no such key, so this deny never applies to them",
    'use `"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}` to deny whenever mfa is absent',
  );
}

function hasNullGuard(stmt: Statement, key: string): boolean {
  const k = key.toLowerCase();
  return stmt.conditions.some((c) => c.baseOperator === "Null" && c.key.toLowerCase() === k && c.values.every((v) => v.toLowerCase() === "false"));
}

/**
 * `Allow` + `ForAllValues:…` without a `Null` guard: `ForAllValues` is true when the key is absent
 * or empty, so the statement also allows requests that carry no value at all.
 */
function checkForAllValues(ctx: LintContext, stmt: Statement, clause: ConditionClause): void {
  if (stmt.effect !== "Allow" || clause.setQualifier !== "ForAllValues" || hasNullGuard(stmt, clause.key)) return;
  ctx.report(
    "FOR_ALL_VALUES_WITHOUT_NULL_CHECK",
    clause.path,
    `\`${clause.operator}\` on \`${clause.key}\` also matches requests without \`${clause.key}\`, so they are allowed too`,
    `add \`"Null": {"${clause.key}": "false"}\` to the same condition block`,
  );
}

/** Conditions that look restrictive but are not: the mfa `Bool` trap and unguarded `ForAllValues`. */
export function checkConditionPitfalls(ctx: LintContext): void {
  for (const stmt of ctx.policy.statements) {
    for (const clause of stmt.conditions) {
      checkMfa(ctx, stmt, clause);
      checkForAllValues(ctx, stmt, clause);
    }
  }
}
