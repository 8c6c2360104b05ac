import type { Catalog, CatalogResourceType } from "../catalog/types";
import type { Statement } from "../types";
import type { ResolvedEntry } from "./actions";
import { arnCanMatch } from "./arn-match";
import type { LintContext } from "./context";

/** Resource types of an action; undefined when one has no ARN format (then nothing is judged). */
function formatsOf(catalog: Catalog, action: string): CatalogResourceType[] | undefined {
  const types = catalog.resourceTypesFor(action);
  return types.every((t) => t.arn !== undefined) ? types : undefined;
}

function matchesAction(catalog: Catalog, action: string, resource: string): boolean {
  if (resource === "*") return true;
  return (formatsOf(catalog, action) ?? []).some((t) => t.arn !== undefined && arnCanMatch(resource, t.arn));
}

function describe(catalog: Catalog, action: string): string {
  const types = catalog.resourceTypesFor(action);
  if (types.length === 0) return `\`${action}\` supports only \`"Resource": "*"\``;
  return `\`${action}\` applies to ${types.map((t) => `${t.name} (\`${t.arn ?? "?"}\`)`).join(", ")}`;
}

function checkResourcesAgainst(ctx: LintContext, catalog: Catalog, stmt: Statement, entries: ResolvedEntry[], resources: string[]): void {
  const actions = entries.flatMap((e) => e.actions);
  resources.forEach((resource, i) => {
    if (resource === "*" || !resource.startsWith("arn:")) return;
    if (actions.some((a) => matchesAction(catalog, a, resource))) return;
    const path = ctx.elementPath(stmt, "Resource", i, resources.length);
    const only = actions.length === 1 ? actions[0] : undefined;
    const message = only
      ? `resource \`${resource}\` matches no resource type of \`${only}\``
      : `resource \`${resource}\` matches no resource type of the statement's actions`;
    const help = only ? `${describe(catalog, only)}; fix the arn or move it to a statement with matching actions` : "check the arn format in the service authorization reference";
    ctx.report("RESOURCE_MATCHES_NO_ACTION", path, message, help);
  });
}

function checkActionsAgainst(ctx: LintContext, catalog: Catalog, stmt: Statement, entries: ResolvedEntry[], resources: string[]): void {
  if (resources.includes("*")) return;
  const arns = resources.filter((r) => r.startsWith("arn:"));
  if (arns.length !== resources.length) return;
  for (const { entry, index, actions } of entries) {
    if (actions.some((a) => arns.some((r) => matchesAction(catalog, a, r)))) continue;
    const path = ctx.elementPath(stmt, "Action", index, stmt.action?.length ?? 1);
    const only = actions.length === 1 ? actions[0] : undefined;
    ctx.report(
      "ACTION_MATCHES_NO_RESOURCE",
      path,
      `action \`${entry}\` applies to none of the statement's resources`,
      only ? `${describe(catalog, only)}; add a matching resource or move the action` : "add a matching resource or move the action to another statement",
    );
  }
}

/** Resource ARNs that no action of their statement can apply to, and vice versa. */
export function checkResources(ctx: LintContext): void {
  const catalog = ctx.catalog;
  if (!catalog) return;
  for (const stmt of ctx.policy.statements) {
    const resources = stmt.resource;
    if (!resources || resources.length === 0) continue;
    const entries = ctx.resolvedActions(stmt);
    if (!entries) continue;
    // INVARIANT: only statements whose every action has ARN formats for all its resource types are judged.
    if (!entries.every((e) => e.actions.every((a) => formatsOf(catalog, a) !== undefined))) continue;
    checkResourcesAgainst(ctx, catalog, stmt, entries, resources);
    checkActionsAgainst(ctx, catalog, stmt, entries, resources);
  }
}
