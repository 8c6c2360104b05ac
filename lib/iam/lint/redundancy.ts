import type { PrincipalSpec, Statement } from "../types";
import { statementLabel, type LintContext } from "./context";
import { allCovered, covers } from "./wildcard";

function normalizePrincipal(p: PrincipalSpec | undefined): string {
  if (p === undefined || p === "*") return p ?? "";
  const types = ["AWS", "Service", "Federated", "CanonicalUser"] as const;
  return JSON.stringify(types.map((t) => [...(p[t] ?? [])].sort()));
}

function normalizeConditions(stmt: Statement): string {
  const parts = stmt.conditions.map((c) => `${c.operator}|${c.key.toLowerCase()}|${[...c.values].sort().join(",")}`);
  return parts.sort().join(";");
}

/** Whether `outer` matches every request `inner` matches (same effect assumed). */
function statementCovers(outer: Statement, inner: Statement): boolean {
  if (!outer.action || !inner.action || !outer.resource || !inner.resource) return false;
  if (outer.notPrincipal || inner.notPrincipal) return false;
  if (normalizePrincipal(outer.principal) !== normalizePrincipal(inner.principal)) return false;
  // INVARIANT: an outer statement with conditions only covers an inner one with the very same conditions.
  if (outer.conditions.length > 0 && normalizeConditions(outer) !== normalizeConditions(inner)) return false;
  return allCovered(outer.action, inner.action, true) && allCovered(outer.resource, inner.resource, false);
}

function checkRedundantStatements(ctx: LintContext): void {
  const list = ctx.policy.statements;
  list.forEach((inner, i) => {
    const outer = list.find((o, j) => {
      if (j === i || o.effect !== inner.effect || !statementCovers(o, inner)) return false;
      // identical statements: only the later one is reported
      return !statementCovers(inner, o) || j < i;
    });
    if (!outer) return;
    ctx.report(
      "REDUNDANT_STATEMENT",
      inner.path,
      `statement ${statementLabel(inner)} is redundant: ${statementLabel(outer)} already ${inner.effect === "Allow" ? "allows" : "denies"} everything it does`,
      "remove the statement, or merge it into the broader one",
    );
  });
}

function checkRedundantEntries(ctx: LintContext, stmt: Statement, element: "Action" | "Resource", list: string[] | undefined): void {
  const ignoreCase = element === "Action";
  list?.forEach((entry, i) => {
    const by = list.findIndex((o, j) => j !== i && covers(o, entry, ignoreCase) && (!covers(entry, o, ignoreCase) || j < i));
    if (by < 0) return;
    const code = element === "Action" ? "REDUNDANT_ACTION" : "REDUNDANT_RESOURCE";
    ctx.report(code, ctx.elementPath(stmt, element, i, list.length), `\`${entry}\` is already covered by \`${list[by] ?? ""}\``, `remove \`${entry}\` from \`${element}\``);
  });
}

/** Whether an unconditional `Deny` blocks every action and resource of an `Allow`. */
function denyShadows(deny: Statement, allow: Statement): boolean {
  if (deny.conditions.length > 0 || !deny.action || !allow.action) return false;
  if (deny.notPrincipal) return false;
  const dp = deny.principal;
  const everyone = dp === undefined || dp === "*" || (dp.AWS?.includes("*") ?? false);
  if (!everyone && normalizePrincipal(dp) !== normalizePrincipal(allow.principal)) return false;
  if (!allCovered(deny.action, allow.action, true)) return false;
  const denyRes = deny.resource ?? (deny.notResource ? undefined : ["*"]);
  if (!denyRes) return false;
  if (denyRes.includes("*")) return true;
  return allow.resource !== undefined && allCovered(denyRes, allow.resource, false);
}

function checkShadowed(ctx: LintContext): void {
  const denies = ctx.policy.statements.filter((s) => s.effect === "Deny");
  for (const allow of ctx.policy.statements.filter((s) => s.effect === "Allow")) {
    const deny = denies.find((d) => denyShadows(d, allow));
    if (!deny) continue;
    ctx.report(
      "ALLOW_SHADOWED_BY_DENY",
      allow.path,
      `statement ${statementLabel(allow)} never grants anything: ${statementLabel(deny)} denies all of its actions and resources without conditions`,
      "remove one of the two statements, or narrow the deny",
    );
  }
}

/** Redundant statements and entries, and allows that an unconditional deny makes unreachable. */
export function checkRedundancy(ctx: LintContext): void {
  checkRedundantStatements(ctx);
  for (const stmt of ctx.policy.statements) {
    checkRedundantEntries(ctx, stmt, "Action", stmt.action);
    checkRedundantEntries(ctx, stmt, "Resource", stmt.resource);
  }
  checkShadowed(ctx);
}
