import type { TypeErrorSink } from "../conditions/clause";
import { flipHints } from "../explain/flip";
import { DIAGNOSTIC_CODES as C } from "../parse/codes";
import type { Diagnostic, OrganizationInfo } from "../types";
import type { CompiledPolicies } from "./compile-policies";
import { decide, evaluateAll } from "./decide";
import { prepareRequest } from "./prepared-request";
import type { EvalOptions, EvalResult } from "./result-types";
import { compileScenarioPolicies } from "./scenario-policies";
import { readOrganization, readRequest } from "./scenario-request";

/** Options of `evaluateCompiled`: evaluation options plus the scenario's organization facts. */
export interface CompiledEvalOptions extends EvalOptions {
  organization?: OrganizationInfo;
}

const SCENARIO_FIELDS: ReadonlySet<string> = new Set(["id", "request", "policies", "organization", "expected", "source", "why", "description", "tags"]);

function denied(diagnostics: Diagnostic[]): EvalResult {
  return { decision: "ImplicitDeny", decidedBy: [], gates: [], diagnostics };
}

function typeErrorCollector(diags: Diagnostic[]): TypeErrorSink {
  let seen: Set<string> | null = null;
  return (clause, value, side) => {
    const key = `${clause.path}\u0000${value}\u0000${side}`;
    seen ??= new Set();
    if (seen.has(key)) return;
    seen.add(key);
    diags.push({
      code: C.CONDITION_TYPE_MISMATCH,
      message: `${side} value \`${value}\` is not valid for \`${clause.operator}\`; the condition is false`,
      path: clause.path,
      severity: "warning",
    });
  };
}

/**
 * Evaluates one request against policies compiled with `compileScenarioPolicies`. The request is
 * validated (never throws). Flip hints are opt-in: computed for denials only when `opts.flip` or
 * `opts.trace` is true (they re-run the evaluation with detail).
 */
export function evaluateCompiled(compiled: CompiledPolicies, request: unknown, opts: CompiledEvalOptions = {}): EvalResult {
  return evaluateWith(compiled, request, opts.organization ?? {}, opts);
}

function evaluateWith(compiled: CompiledPolicies, request: unknown, org: OrganizationInfo, opts: EvalOptions): EvalResult {
  // INVARIANT: compiled.diagnostics is shared (and frozen when memoized): results get copies.
  const diagnostics: Diagnostic[] = [];
  for (const d of compiled.diagnostics) diagnostics.push({ ...d });
  const req = readRequest(request, diagnostics);
  if (!req) return denied(diagnostics);
  const prepared = prepareRequest(req, compiled.permissionBoundary !== null, typeErrorCollector(diagnostics));
  const trace = opts.trace === true;
  const evaluated = evaluateAll(compiled, prepared, org, opts, trace);
  const result = decide(compiled, evaluated, prepared, diagnostics);
  if ((opts.flip === true || trace) && result.decision !== "Allow") {
    result.flip = flipHints(result, trace ? evaluated : evaluateAll(compiled, prepared, org, opts, true));
  }
  return result;
}

/** Scenario-level checks: unknown fields and a missing `policies` (warnings). */
function scenarioWarnings(s: Record<string, unknown>): Diagnostic[] {
  const extra: Diagnostic[] = [];
  for (const key of Object.keys(s)) {
    if (!SCENARIO_FIELDS.has(key)) extra.push({ code: C.SCENARIO_UNKNOWN_FIELD, message: `unknown scenario field \`${key}\``, path: key, severity: "warning" });
  }
  if (s.policies === undefined) extra.push({ code: C.SCENARIO_MISSING_FIELD, message: "scenario has no `policies`", path: "policies", severity: "warning" });
  return extra;
}

/**
 * Evaluates a scenario (the shape in `shared/iam/SCENARIO-FORMAT.md`) given as raw input.
 * Shape problems become diagnostics naming the JSON path and give `ImplicitDeny`; policies and
 * statements that do not parse are skipped and recorded. Never throws.
 *
 * Options: `trace` builds the full trace (and flip hints); `flip: true` adds flip hints ("what
 * would change this denial") without the trace. Flip hints are opt-in because they re-run the
 * evaluation with detail. Compiled policies are cached (see `compileScenarioPolicies`).
 */
export function evaluate(scenario: unknown, opts: EvalOptions = {}): EvalResult {
  try {
    if (typeof scenario !== "object" || scenario === null || Array.isArray(scenario)) {
      return denied([{ code: C.SCENARIO_NOT_OBJECT, message: "a scenario must be a json object", path: "", severity: "error" }]);
    }
    const s = scenario as Record<string, unknown>;
    const extra = scenarioWarnings(s);
    const organization = readOrganization(s.organization, extra);
    const compiled = compileScenarioPolicies(s.policies);
    const result = evaluateWith(compiled, s.request, organization, opts);
    if (extra.length > 0) {
      for (const d of result.diagnostics) extra.push(d);
      result.diagnostics = extra;
    }
    return result;
  } catch (err) {
    // INVARIANT: evaluate never throws; an internal error is reported as a diagnostic.
    const message = err instanceof Error ? err.message : String(err);
    return denied([{ code: C.INTERNAL_ERROR, message: `internal error: ${message}`, path: "", severity: "error" }]);
  }
}
