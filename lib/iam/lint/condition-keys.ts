import { FALLBACK_GLOBAL_KEYS } from "../catalog/global-keys";
import { KeyMatcher } from "../catalog/key-matcher";
import type { Catalog } from "../catalog/types";
import type { ConditionClause, Statement } from "../types";
import type { LintContext } from "./context";

const FALLBACK = new KeyMatcher();
for (const [key, type] of Object.entries(FALLBACK_GLOBAL_KEYS)) FALLBACK.add(key, type);

/** Type of a condition key from the catalog, else from the built-in global keys. */
export function keyType(catalog: Catalog | undefined, key: string): string | undefined {
  return catalog ? catalog.conditionKeyType(key) : FALLBACK.find(key)?.type;
}

/** Keys whose prefix names an identity provider (`accounts.google.com:sub`, `saml:aud`), not a service. */
export function isProviderKey(key: string): boolean {
  const prefix = key.slice(0, Math.max(0, key.indexOf(":"))).toLowerCase();
  return prefix.includes(".") || prefix.includes("/") || prefix === "saml";
}

function checkKeyExists(ctx: LintContext, catalog: Catalog, clause: ConditionClause): boolean {
  const colon = clause.key.indexOf(":");
  if (colon <= 0 || isProviderKey(clause.key)) return false;
  const prefix = clause.key.slice(0, colon);
  if (prefix.toLowerCase() === "aws") {
    if (catalog.isGlobalConditionKey(clause.key)) return true;
    ctx.report("UNKNOWN_GLOBAL_CONDITION_KEY", clause.path, `unknown global condition key \`${clause.key}\``, "check the spelling against aws's global condition context keys");
    return false;
  }
  if (!catalog.isLoaded(prefix)) return false;
  if (catalog.conditionKeyType(clause.key) !== undefined) return true;
  ctx.report("UNKNOWN_SERVICE_CONDITION_KEY", clause.path, `unknown condition key \`${clause.key}\` for service \`${prefix}\``, `check the condition keys defined by \`${prefix}\``);
  return false;
}

function checkKeySupported(ctx: LintContext, catalog: Catalog, stmt: Statement, clause: ConditionClause): void {
  if (catalog.isGlobalConditionKey(clause.key)) return;
  const entries = ctx.resolvedActions(stmt);
  if (!entries) return;
  const actions = [...new Set(entries.flatMap((e) => e.actions))];
  if (actions.some((a) => catalog.isKnownConditionKey(a, clause.key))) return;
  const shown = actions.length === 1 ? `\`${actions[0] ?? ""}\`` : "any action of the statement";
  ctx.report(
    "CONDITION_KEY_NOT_SUPPORTED",
    clause.path,
    `condition key \`${clause.key}\` is not supported by ${shown}, so it is never present`,
    "use a key the action supports, or move the condition to a statement whose actions support it",
  );
}

function checkQualifier(ctx: LintContext, clause: ConditionClause): void {
  // Provider keys (`cognito-identity.amazonaws.com:amr`) are typed loosely in the catalog; skip them.
  const type = isProviderKey(clause.key) ? undefined : keyType(ctx.catalog, clause.key);
  if (type === undefined || clause.baseOperator === "Null") return;
  const multi = type.startsWith("ArrayOf");
  if (clause.setQualifier && !multi) {
    ctx.report(
      "SET_QUALIFIER_ON_SINGLE_VALUED_KEY",
      clause.path,
      `\`${clause.setQualifier}\` is used with the single-valued key \`${clause.key}\``,
      `drop \`${clause.setQualifier}:\`; set operators are for multivalued keys and change how a missing key is treated`,
    );
  } else if (!clause.setQualifier && multi) {
    ctx.report(
      "MISSING_SET_QUALIFIER",
      clause.path,
      `multivalued key \`${clause.key}\` is used without \`ForAllValues\` or \`ForAnyValue\``,
      "add `ForAnyValue:` (any value matches) or `ForAllValues:` (every value matches) to the operator",
    );
  }
}

/** Condition keys unknown or unsupported for the statement's actions, and set-qualifier misuse. */
export function checkConditionKeys(ctx: LintContext): void {
  const catalog = ctx.catalog;
  for (const stmt of ctx.policy.statements) {
    for (const clause of stmt.conditions) {
      checkQualifier(ctx, clause);
      if (catalog && checkKeyExists(ctx, catalog, clause)) checkKeySupported(ctx, catalog, stmt, clause);
    }
  }
}
