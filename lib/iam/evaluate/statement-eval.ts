import { evalClause } from "../conditions/clause";
import { REASON_CODES as R, type ReasonCode } from "../explain/reasons";
import { compileArnPattern, matchArnParts, matchArnPattern, PatternCache, piecesKey, type CompiledArnPattern } from "../match/arn";
import { matchGlob, type CompiledGlob } from "../match/glob";
import { matchPrincipal, notPrincipalExcludes, type GrantKind } from "../match/principal-match";
import { resolveTemplate } from "../vars/template";
import type { CompiledResource, CompiledStatement } from "./compile-statement";
import type { PreparedRequest } from "./prepared-request";
import type { ConditionTrace, ElementResult, StatementTrace } from "./result-types";

/** Outcome of one statement: whether it applies and, for principals, how it named the caller. */
export interface StatementEval {
  cs: CompiledStatement;
  applies: boolean;
  grantKind?: GrantKind;
  trace?: StatementTrace;
}

/** Patterns of resolved variables, keyed by `piecesKey` (built in `matchResourceValue`). */
const resolvedPatterns = new PatternCache<CompiledArnPattern>(null, 5000);
const lowerPatterns = new PatternCache<CompiledArnPattern>((key) => compileArnPattern(key.toLowerCase(), false), 5000);

function matchAction(globs: CompiledGlob[], action: string): string | undefined {
  for (const g of globs) if (matchGlob(g, action)) return "";
  return undefined;
}

function actionResult(cs: CompiledStatement, req: PreparedRequest): ElementResult {
  if (cs.actions) {
    const i = cs.actions.findIndex((g) => matchGlob(g, req.actionLower));
    return i >= 0 ? { matched: true, reason: R.MATCHED, value: cs.stmt.action?.[i] ?? "" } : { matched: false, reason: R.ACTION_NOT_MATCHED };
  }
  if (cs.notActions) {
    const hit = matchAction(cs.notActions, req.actionLower) !== undefined;
    return hit ? { matched: false, reason: R.NOT_ACTION_EXCLUDED } : { matched: true, reason: R.MATCHED };
  }
  return { matched: false, reason: R.ACTION_NOT_MATCHED };
}

/** Matches the request's resource, reusing its split (and case-folded) parts. */
function matchResource(p: CompiledArnPattern, req: PreparedRequest): boolean {
  if (!p.parts) return matchGlob(p.whole, req.resource);
  return matchArnParts(p, req.resourceParts, p.prefixIgnoreCase ? req.resourceFolded : null);
}

function matchResourceValue(r: CompiledResource, req: PreparedRequest, out: ElementResult | null): boolean {
  if (r.pattern) return matchResource(r.pattern, req);
  if (!r.template) return false;
  const res = resolveTemplate(r.template, (k) => req.ctx.single(k));
  if (out) {
    if (res.resolved.length) (out.variables ??= []).push(...res.resolved);
    if (res.unresolved.length) (out.unresolved ??= []).push(...res.unresolved);
  }
  if (res.unresolved.length > 0) return false;
  const key = piecesKey(res.pieces);
  const pattern = resolvedPatterns.peek(key) ?? resolvedPatterns.put(key, compileArnPattern(res.pieces, true));
  return matchResource(pattern, req);
}

function resourceResult(cs: CompiledStatement, req: PreparedRequest, detail: boolean): ElementResult {
  const list = cs.resources ?? cs.notResources;
  // INVARIANT: a statement without Resource/NotResource (role trust policy) applies to the
  // resource the policy is attached to.
  if (!list) return { matched: true, reason: R.MATCHED };
  const out: ElementResult = { matched: false, reason: R.MATCHED };
  const sink = detail ? out : null;
  let hit: string | undefined;
  for (const r of list) {
    if (matchResourceValue(r, req, sink)) {
      hit = r.source;
      break;
    }
  }
  const positive = cs.resources !== null;
  out.matched = positive ? hit !== undefined : hit === undefined;
  if (positive && hit !== undefined) out.value = hit;
  if (!out.matched) {
    out.reason = positive ? R.RESOURCE_NOT_MATCHED : R.NOT_RESOURCE_EXCLUDED;
    if (positive && out.unresolved?.length) out.reason = R.VARIABLE_UNRESOLVED;
    else if (positive && detail && list.some((r) => matchArnPattern(lowerPatterns.get(r.source), req.resourceLower))) out.reason = R.CASE_MISMATCH;
  }
  return out;
}

function principalResult(cs: CompiledStatement, req: PreparedRequest): (ElementResult & { grantKind?: GrantKind }) | undefined {
  const { principal, notPrincipal, effect } = cs.stmt;
  if (principal) {
    const m = matchPrincipal(principal, req.facts);
    if (!m.matched) return { matched: false, reason: R.PRINCIPAL_NOT_MATCHED };
    const r: ElementResult & { grantKind?: GrantKind } = { matched: true, reason: R.MATCHED };
    if (m.value !== undefined) r.value = m.value;
    if (m.kind !== undefined) r.grantKind = m.kind;
    return r;
  }
  if (notPrincipal) {
    // AWS: NotPrincipal with Deny always denies a principal that has a permissions boundary.
    if (effect === "Deny" && req.hasBoundary) return { matched: true, reason: R.NOT_PRINCIPAL_BOUNDARY_OVERRIDE };
    return notPrincipalExcludes(notPrincipal, req.facts)
      ? { matched: false, reason: R.NOT_PRINCIPAL_EXCLUDED }
      : { matched: true, reason: R.MATCHED, grantKind: "wildcard" };
  }
  return undefined;
}

function anyGlob(globs: CompiledGlob[], text: string): boolean {
  for (const g of globs) if (matchGlob(g, text)) return true;
  return false;
}

function anyResource(list: CompiledResource[], req: PreparedRequest): boolean {
  for (const r of list) if (matchResourceValue(r, req, null)) return true;
  return false;
}

/**
 * Fast path without trace: returns the evaluation only when the statement applies.
 * INVARIANT: agrees with `evalStatement(cs, req, true).applies` (property-tested).
 */
export function fastApplies(cs: CompiledStatement, req: PreparedRequest): StatementEval | null {
  if (cs.actions) {
    if (!anyGlob(cs.actions, req.actionLower)) return null;
  } else if (!cs.notActions || anyGlob(cs.notActions, req.actionLower)) return null;
  if (cs.resources) {
    if (!anyResource(cs.resources, req)) return null;
  } else if (cs.notResources && anyResource(cs.notResources, req)) return null;
  let grantKind: GrantKind | undefined;
  if (cs.hasPrincipal) {
    const p = principalResult(cs, req);
    if (!p?.matched) return null;
    grantKind = p.grantKind;
  }
  for (const c of cs.conditions) if (!evalClause(c, req.ctx, false, req.onTypeError).ok) return null;
  return applied(cs, grantKind);
}

/**
 * The shared "applies" evaluation of a statement (per grant kind), made once per compiled statement.
 * INVARIANT: StatementEval objects without a trace are never mutated by their readers.
 */
function applied(cs: CompiledStatement, kind: GrantKind | undefined): StatementEval {
  if (kind === undefined) return (cs.applied ??= { cs, applies: true });
  const by = (cs.appliedAs ??= {});
  return (by[kind] ??= { cs, applies: true, grantKind: kind });
}

/** Evaluates one statement; with `detail` every element is evaluated and traced. */
export function evalStatement(cs: CompiledStatement, req: PreparedRequest, detail: boolean): StatementEval {
  if (!detail) return fastApplies(cs, req) ?? { cs, applies: false };
  const action = actionResult(cs, req);
  if (!action.matched && !detail) return { cs, applies: false };
  const resource = resourceResult(cs, req, detail);
  if (!resource.matched && !detail) return { cs, applies: false };
  const principal = principalResult(cs, req);
  if (principal && !principal.matched && !detail) return { cs, applies: false };
  const conditions: ConditionTrace[] = [];
  let condOk = true;
  let condReason: ReasonCode = R.MATCHED;
  for (const c of cs.conditions) {
    const o = evalClause(c, req.ctx, detail, req.onTypeError);
    if (!o.ok && condOk) {
      condOk = false;
      condReason = o.reason === R.MATCHED ? R.CONDITION_FAILED : o.reason;
    }
    if (detail) conditions.push({ ...o, path: c.clause.path, operator: c.clause.operator, key: c.clause.key });
    else if (!condOk) return { cs, applies: false };
  }
  const applies = action.matched && resource.matched && (principal?.matched ?? true) && condOk;
  const result: StatementEval = { cs, applies };
  if (principal?.grantKind) result.grantKind = principal.grantKind;
  if (!detail) return result;
  const reason: ReasonCode = !action.matched ? action.reason : !resource.matched ? resource.reason : principal && !principal.matched ? principal.reason : !condOk ? condReason : R.MATCHED;
  const trace: StatementTrace = { ref: cs.ref, applies, reason, action, resource, conditions };
  if (principal) trace.principal = principal;
  result.trace = trace;
  return result;
}
