import type { ConditionClause, PolicyVersion } from "../types";
import type { ContextView } from "../evaluate/context-view";
import { REASON_CODES as R, type ReasonCode } from "../explain/reasons";
import { PatternCache, piecesKey } from "../match/arn";
import { parseTemplate, resolveTemplate, type Resolution, type Template } from "../vars/template";
import { TYPE_ERROR } from "./family";
import { operatorInfo, type OperatorInfo } from "./registry";

/** A policy value compiled once: prepared now, or (with variables) at evaluation time. */
interface CompiledValue {
  source: string;
  template: Template | null;
  prepared: unknown;
}

/** A condition clause compiled for repeated evaluation. */
export interface CompiledClause {
  clause: ConditionClause;
  info: OperatorInfo;
  lowerKey: string;
  values: CompiledValue[];
  /** Resolution shared by every evaluation when no value has variables (never mutated). */
  fixed: Resolved | null;
}

/** Outcome of one clause; detail fields are filled only when requested. */
export interface ClauseOutcome {
  ok: boolean;
  reason: ReasonCode;
  contextValues?: string[] | null;
  policyValues?: string[];
  variables?: Resolution["resolved"];
  unresolved?: string[];
  typeErrors?: string[];
}

const NONE: readonly string[] = [];
const OK: ClauseOutcome = Object.freeze({ ok: true, reason: R.MATCHED });
const FAILED: ClauseOutcome = Object.freeze({ ok: false, reason: R.CONDITION_FAILED });

/** Receives type errors found while evaluating (deduplicated by the caller). */
export type TypeErrorSink = (clause: ConditionClause, value: string, side: "policy" | "context") => void;

const runtimePrepared = new PatternCache<{ v: unknown }>(() => ({ v: undefined }), 5000);

/** Compiles a clause; undefined when the operator is unknown (the parser reports it). */
export function compileClause(clause: ConditionClause, version: PolicyVersion): CompiledClause | undefined {
  const info = operatorInfo(clause.baseOperator);
  if (!info) return undefined;
  const useVars = version === "2012-10-17" && info.impl.supportsVariables;
  const values = clause.values.map((source): CompiledValue => {
    const template = useVars ? parseTemplate(source) : null;
    if (template?.parts) return { source, template, prepared: undefined };
    return { source, template: null, prepared: info.impl.prepare([{ text: source, literal: false }], info.positive) };
  });
  const compiled: CompiledClause = { clause, info, lowerKey: clause.key.toLowerCase(), values, fixed: null };
  if (values.every((v) => !v.template)) compiled.fixed = resolveValues(compiled, null);
  return compiled;
}

interface Resolved {
  prepared: unknown[];
  texts: string[];
  unresolved: string[];
  variables: Resolution["resolved"];
  typeErrors: string[];
}

function resolveValues(c: CompiledClause, ctx: ContextView | null): Resolved {
  if (c.fixed) return c.fixed;
  const r: Resolved = { prepared: [], texts: [], unresolved: [], variables: [], typeErrors: [] };
  for (const v of c.values) {
    let prepared = v.prepared;
    let text = v.source;
    if (v.template) {
      const res = resolveTemplate(v.template, (k) => ctx?.single(k));
      r.variables.push(...res.resolved);
      if (res.unresolved.length > 0) {
        r.unresolved.push(...res.unresolved);
        continue;
      }
      text = res.pieces.map((p) => p.text).join("");
      const slot = runtimePrepared.get(`${c.info.positive}\u0000${piecesKey(res.pieces)}`);
      slot.v ??= c.info.impl.prepare(res.pieces, c.info.positive);
      prepared = slot.v;
    }
    if (prepared === TYPE_ERROR) r.typeErrors.push(text);
    else r.prepared.push(prepared);
    r.texts.push(text);
  }
  return r;
}

function missingOutcome(c: CompiledClause): ClauseOutcome {
  const { clause, info } = c;
  if (clause.ifExists) return { ok: true, reason: R.IFEXISTS_KEY_MISSING };
  if (clause.setQualifier === "ForAllValues") return { ok: true, reason: R.FORALLVALUES_EMPTY_SET };
  if (clause.setQualifier === "ForAnyValue") return { ok: false, reason: R.FORANYVALUE_KEY_MISSING };
  if (info.negated) return { ok: true, reason: R.NEGATED_OPERATOR_KEY_MISSING };
  return { ok: false, reason: R.CONDITION_KEY_MISSING };
}

function nullOutcome(c: CompiledClause, present: boolean, onTypeError?: TypeErrorSink): ClauseOutcome {
  let ok = false;
  for (const v of c.values) {
    if (v.prepared === TYPE_ERROR) {
      onTypeError?.(c.clause, v.source, "policy");
      return { ok: false, reason: R.TYPE_MISMATCH };
    }
    if (v.prepared === !present) ok = true;
  }
  return { ok, reason: ok ? R.NULL_CHECK : R.CONDITION_FAILED };
}

/** Context values that gave a type error in the current `evalClause` (synchronous, not re-entrant). */
let ctxErrors: string[] | null = null;

function matchOne(c: CompiledClause, prepared: readonly unknown[], v: string): boolean {
  const { impl, positive } = c.info;
  for (const p of prepared) {
    const t = impl.test(positive, p, v);
    if (t === TYPE_ERROR) {
      (ctxErrors ??= []).push(v);
      return false;
    }
    if (t) return true;
  }
  return false;
}

/** Applies the set qualifier; a single value behaves the same under all three. */
function matchValues(c: CompiledClause, prepared: readonly unknown[], raw: string | readonly string[]): boolean {
  const negated = c.info.negated;
  if (typeof raw === "string") return matchOne(c, prepared, raw) !== negated;
  const q = c.clause.setQualifier;
  if (q === "ForAllValues") {
    for (const v of raw) if (matchOne(c, prepared, v) === negated) return false;
    return true;
  }
  if (q === "ForAnyValue") {
    for (const v of raw) if (matchOne(c, prepared, v) !== negated) return true;
    return false;
  }
  for (const v of raw) if (matchOne(c, prepared, v)) return !negated;
  return negated;
}

/**
 * Evaluates one clause against the request context, following AWS's rules for missing keys,
 * `...IfExists`, set qualifiers and negated operators (format rule 8).
 */
export function evalClause(c: CompiledClause, ctx: ContextView, detail: boolean, onTypeError?: TypeErrorSink): ClauseOutcome {
  const given = ctx.raw(c.lowerKey);
  const present = typeof given === "string" || (given !== undefined && given.length > 0);
  if (c.info.family === "null") return withDetail(nullOutcome(c, present, onTypeError), detail, given, c);
  if (!present) return withDetail(missingOutcome(c), detail, given, c);
  const r = resolveValues(c, ctx);
  ctxErrors = null;
  let ok = matchValues(c, r.prepared, given);
  const errs = ctxErrors as string[] | null;
  ctxErrors = null;
  const typeErrors = r.typeErrors.length > 0 || errs ? [...r.typeErrors, ...(errs ?? [])] : NONE;
  if (typeErrors.length > 0) {
    for (const v of r.typeErrors) onTypeError?.(c.clause, v, "policy");
    for (const v of errs ?? []) onTypeError?.(c.clause, v, "context");
    ok = false;
  }
  if (!detail && typeErrors.length === 0 && r.unresolved.length === 0) return ok ? OK : FAILED;
  const raw = typeof given === "string" ? [given] : given;
  let reason: ReasonCode = ok ? R.MATCHED : R.CONDITION_FAILED;
  if (!ok && typeErrors.length > 0) reason = R.TYPE_MISMATCH;
  else if (!ok && r.unresolved.length > 0) reason = R.VARIABLE_UNRESOLVED;
  else if (!ok && detail && !c.info.negated && caseWouldMatch(c, r, raw)) reason = R.CASE_MISMATCH;
  const out: ClauseOutcome = { ok, reason };
  if (!detail) return out;
  out.contextValues = raw;
  out.policyValues = r.texts;
  if (r.variables.length > 0) out.variables = r.variables;
  if (r.unresolved.length > 0) out.unresolved = r.unresolved;
  if (typeErrors.length > 0) out.typeErrors = [...typeErrors];
  return out;
}

function caseWouldMatch(c: CompiledClause, r: Resolved, raw: string[]): boolean {
  const f = c.info.impl.matchesIgnoringCase;
  if (!f) return false;
  return raw.some((v) => r.prepared.some((p) => f(c.info.positive, p, v)));
}

function withDetail(o: ClauseOutcome, detail: boolean, raw: string | string[] | undefined, c: CompiledClause): ClauseOutcome {
  if (detail) {
    o.contextValues = raw === undefined ? null : typeof raw === "string" ? [raw] : raw;
    o.policyValues = c.values.map((v) => v.source);
  }
  return o;
}
