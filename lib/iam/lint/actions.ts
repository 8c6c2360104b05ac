import type { Catalog } from "../catalog/types";
import type { Statement } from "../types";
import type { LintContext } from "./context";
import { hasWildcard } from "./wildcard";

/** One `Action` entry resolved against the catalog. */
export interface ResolvedEntry {
  /** The entry as written. */
  entry: string;
  /** Index in the element. */
  index: number;
  /** Exact action ids it stands for. */
  actions: string[];
}

function servicePart(entry: string): string {
  return entry.slice(0, entry.indexOf(":"));
}

/**
 * Resolves a statement's `Action` entries to exact action ids; undefined when any entry cannot be
 * resolved (no catalog, `NotAction`, `*`, a service that is not loaded, an unknown action), so
 * that callers only judge statements they fully understand.
 */
export function resolveStatementActions(catalog: Catalog | undefined, stmt: Statement): ResolvedEntry[] | undefined {
  if (!catalog || !stmt.action) return undefined;
  const out: ResolvedEntry[] = [];
  for (const [index, entry] of stmt.action.entries()) {
    if (!entry.includes(":") || hasWildcard(servicePart(entry))) return undefined;
    if (!catalog.isLoaded(servicePart(entry))) return undefined;
    const actions = hasWildcard(entry) ? catalog.expandActions(entry) : [catalog.getAction(entry)?.id ?? ""];
    if (actions.length === 0 || actions[0] === "") return undefined;
    out.push({ entry, index, actions });
  }
  return out;
}

function checkEntry(ctx: LintContext, catalog: Catalog, stmt: Statement, element: "Action" | "NotAction", list: string[], i: number): void {
  const entry = list[i] ?? "";
  const colon = entry.indexOf(":");
  if (entry === "*" || colon <= 0) return;
  const service = entry.slice(0, colon);
  const path = ctx.elementPath(stmt, element, i, list.length);
  if (hasWildcard(service)) {
    if (catalog.expandActions(entry).length === 0 && catalog.listServices().every((s) => catalog.isLoaded(s))) {
      ctx.report("ACTION_PATTERN_MATCHES_NOTHING", path, `action pattern \`${entry}\` matches no known action`, "check the service prefix and the action name");
    }
    return;
  }
  if (!catalog.hasService(service)) {
    ctx.report("UNKNOWN_SERVICE", path, `unknown service prefix \`${service}\` in \`${entry}\``, "use the service prefix from the service authorization reference, e.g. `s3`, `ec2`, `iam`");
    return;
  }
  if (!catalog.isLoaded(service)) return;
  if (hasWildcard(entry)) {
    if (catalog.expandActions(entry).length === 0) {
      ctx.report("ACTION_PATTERN_MATCHES_NOTHING", path, `action pattern \`${entry}\` matches no action of \`${service}\``, "check the spelling of the action pattern");
    }
  } else if (!catalog.getAction(entry)) {
    ctx.report("UNKNOWN_ACTION", path, `unknown action \`${entry}\``, `check the action name in the list of actions defined by \`${service}\``);
  }
}

/** Unknown services, unknown actions and action patterns that match nothing. */
export function checkActions(ctx: LintContext): void {
  const catalog = ctx.catalog;
  if (!catalog) return;
  for (const stmt of ctx.policy.statements) {
    for (const element of ["Action", "NotAction"] as const) {
      const list = element === "Action" ? stmt.action : stmt.notAction;
      list?.forEach((_, i) => checkEntry(ctx, catalog, stmt, element, list, i));
    }
  }
}
