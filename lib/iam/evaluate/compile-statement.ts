import { compileClause, type CompiledClause } from "../conditions/clause";
import { compileArnPattern, type CompiledArnPattern } from "../match/arn";
import { compileGlob, type CompiledGlob } from "../match/glob";
import type { GrantKind } from "../match/principal-match";
import type { Policy, PolicyVersion, Statement } from "../types";
import { parseTemplate, type Template } from "../vars/template";
import type { StatementRef } from "./result-types";
import type { StatementEval } from "./statement-eval";

/** A Resource / NotResource value compiled once (or per request when it has variables). */
export interface CompiledResource {
  source: string;
  template: Template | null;
  pattern: CompiledArnPattern | null;
}

/** A statement compiled for repeated evaluation. */
export interface CompiledStatement {
  stmt: Statement;
  ref: StatementRef;
  actions: CompiledGlob[] | null;
  notActions: CompiledGlob[] | null;
  resources: CompiledResource[] | null;
  notResources: CompiledResource[] | null;
  conditions: CompiledClause[];
  /** `stmt.effect === "Deny"` (read on every evaluation; statements' own shapes vary). */
  deny: boolean;
  /** Whether the statement has `Principal` or `NotPrincipal`. */
  hasPrincipal: boolean;
  /** Memoized untraced evaluation when the statement applies (filled by `fastApplies`). */
  applied: StatementEval | null;
  /** Same, per grant kind of the matched principal. */
  appliedAs: Partial<Record<GrantKind, StatementEval>> | null;
}

function compileActions(list: string[] | undefined): CompiledGlob[] | null {
  // INVARIANT: actions are matched case-insensitively and never take policy variables.
  return list ? list.map((a) => compileGlob(a, true)) : null;
}

function compileResources(list: string[] | undefined, version: PolicyVersion): CompiledResource[] | null {
  if (!list) return null;
  return list.map((source) => {
    const template = version === "2012-10-17" ? parseTemplate(source) : null;
    if (template?.parts) return { source, template, pattern: null };
    return { source, template: null, pattern: compileArnPattern(source, true) };
  });
}

/** Compiles one parsed statement. */
export function compileStatement(stmt: Statement, policy: Policy, ref: StatementRef): CompiledStatement {
  const conditions: CompiledClause[] = [];
  for (const c of stmt.conditions) {
    const compiled = compileClause(c, policy.version);
    if (compiled) conditions.push(compiled);
  }
  return {
    stmt,
    ref,
    actions: compileActions(stmt.action),
    notActions: compileActions(stmt.notAction),
    resources: compileResources(stmt.resource, policy.version),
    notResources: compileResources(stmt.notResource, policy.version),
    conditions,
    deny: stmt.effect === "Deny",
    hasPrincipal: stmt.principal !== undefined || stmt.notPrincipal !== undefined,
    applied: null,
    appliedAs: null,
  };
}
