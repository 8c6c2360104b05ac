import { GATE_WHY as W } from "../explain/reasons";
import { DEFAULT_RCP_SUPPORTED_SERVICES } from "../org/rcp-services";
import { rcpApplicability, scpApplicability, type Applicability } from "../org/applicability";
import type { Diagnostic, OrganizationInfo } from "../types";
import type { CompiledPolicies, CompiledPolicy } from "./compile-policies";
import { FIXED, gate } from "./gates";
import { decideGrant } from "./grant-logic";
import { EMPTY_GROUP, evalGroup, refs, type GroupEval } from "./group-eval";
import type { PreparedRequest } from "./prepared-request";
import type { EvalOptions, EvalResult, GateResult, PolicyTrace, Trace } from "./result-types";
import type { StatementEval } from "./statement-eval";

/** Every group evaluated for one request. */
export interface Evaluated {
  identity: GroupEval;
  resource: GroupEval | null;
  boundary: GroupEval | null;
  session: GroupEval | null;
  vpce: GroupEval | null;
  scpLevels: GroupEval[] | null;
  rcpLevels: GroupEval[] | null;
  scp: Applicability;
  rcp: Applicability;
  traces: PolicyTrace[] | null;
}

function group(p: CompiledPolicy | null, req: PreparedRequest, detail: boolean, traces: PolicyTrace[] | null): GroupEval | null {
  return p ? evalGroup([p], req, detail, traces) : null;
}

function levels(ls: CompiledPolicy[][] | null, a: Applicability, req: PreparedRequest, detail: boolean, traces: PolicyTrace[] | null): GroupEval[] | null {
  if (!ls) return null;
  // INVARIANT: exempt guardrails are still traced (marked not applicable) but never decide.
  if (!a.applies) {
    if (traces) for (const l of ls) evalGroup(l, req, detail, traces, false);
    return null;
  }
  return ls.map((l) => evalGroup(l, req, detail, traces));
}

const NO_POLICY: Applicability = Object.freeze({ applies: false, why: W.NO_POLICY });

/** Evaluates every applicable policy for the request. */
export function evaluateAll(c: CompiledPolicies, req: PreparedRequest, org: OrganizationInfo, opts: EvalOptions, detail: boolean): Evaluated {
  const traces = opts.trace ? [] : null;
  const scp: Applicability = c.scps ? scpApplicability(req, org) : NO_POLICY;
  const rcp: Applicability = c.rcps ? rcpApplicability(req, org, opts.rcpSupportedServices ?? DEFAULT_RCP_SUPPORTED_SERVICES) : NO_POLICY;
  return {
    rcpLevels: levels(c.rcps, rcp, req, detail, traces),
    scpLevels: levels(c.scps, scp, req, detail, traces),
    resource: group(c.resource, req, detail, traces),
    identity: evalGroup(c.identity, req, detail, traces),
    boundary: group(c.permissionBoundary, req, detail, traces),
    session: group(c.session, req, detail, traces),
    vpce: group(c.vpcEndpoint, req, detail, traces),
    scp,
    rcp,
    traces,
  };
}

/** Appends `list` to `out` (allocating only when there is something to add). */
function collect(out: StatementEval[] | null, list: readonly StatementEval[] | undefined): StatementEval[] | null {
  if (!list || list.length === 0) return out;
  if (!out) return list.slice();
  for (const x of list) out.push(x);
  return out;
}

/** Every applying Deny, in gate order (RCP levels, SCP levels, resource, identity, ...). */
function allDenies(e: Evaluated): StatementEval[] | null {
  let out: StatementEval[] | null = null;
  if (e.rcpLevels) for (const l of e.rcpLevels) out = collect(out, l.denies);
  if (e.scpLevels) for (const l of e.scpLevels) out = collect(out, l.denies);
  out = collect(out, e.resource?.denies);
  out = collect(out, e.identity.denies);
  out = collect(out, e.boundary?.denies);
  out = collect(out, e.session?.denies);
  return collect(out, e.vpce?.denies);
}

function guardrailGate(name: "scp" | "rcp", levelsEval: GroupEval[] | null, a: Applicability): GateResult {
  if (!levelsEval) return FIXED[name]["not-applicable"][a.why ?? W.NO_POLICY];
  if (name === "rcp") return FIXED.rcp.allow.RCP_FULL_ACCESS_IMPLIED;
  const missing = levelsEval.findIndex((l) => l.allows.length === 0);
  if (missing >= 0) return { gate: "scp", outcome: "no-allow", why: W.LEVEL_WITHOUT_ALLOW, level: missing, statements: [] };
  return { gate: "scp", outcome: "allow", why: W.EVERY_LEVEL_ALLOWS, statements: levelsEval.flatMap((l) => refs(l.allows)) };
}

function finish(decision: EvalResult["decision"], decidedBy: EvalResult["decidedBy"], gates: GateResult[], diagnostics: Diagnostic[], e: Evaluated, req: PreparedRequest): EvalResult {
  const out: EvalResult = { decision, decidedBy, gates, diagnostics };
  if (e.traces) out.trace = traceOf(gates, e, req);
  return out;
}

/** Applies AWS's evaluation order to the evaluated groups and produces the result. */
export function decide(c: CompiledPolicies, e: Evaluated, req: PreparedRequest, diagnostics: Diagnostic[] = []): EvalResult {
  const gates: GateResult[] = [];
  const denies = allDenies(e);
  if (denies) {
    gates.push({ gate: "explicit-deny", outcome: "deny", why: W.EXPLICIT_DENY_FOUND, statements: refs(denies) });
    return finish("ExplicitDeny", refs(denies), gates, diagnostics, e, req);
  }
  gates.push(FIXED["explicit-deny"]["not-applicable"].NO_EXPLICIT_DENY);
  gates.push(guardrailGate("rcp", e.rcpLevels, e.rcp));
  const scpGate = guardrailGate("scp", e.scpLevels, e.scp);
  gates.push(scpGate);
  if (scpGate.outcome === "no-allow") return finish("ImplicitDeny", [], gates, diagnostics, e, req);
  const grant = decideGrant({
    req,
    resource: e.resource,
    identity: e.identity,
    hasIdentityPolicies: c.identity.length > 0,
    boundary: e.boundary,
    session: e.session,
  });
  for (const g of grant.gates) gates.push(g);
  const vpce = e.vpce;
  let vpceOk = true;
  if (!vpce) gates.push(FIXED.vpcEndpoint["not-applicable"].NO_POLICY);
  else {
    vpceOk = vpce.allows.length > 0;
    gates.push(gate("vpcEndpoint", vpceOk ? "allow" : "no-allow", vpceOk ? W.ALLOW_FOUND : W.NO_ALLOW_FOUND, refs(vpce.allows)));
  }
  const allowed = grant.allowed && vpceOk;
  return finish(allowed ? "Allow" : "ImplicitDeny", allowed ? grant.decidedBy : [], gates, diagnostics, e, req);
}

function traceOf(gates: GateResult[], e: Evaluated, req: PreparedRequest): Trace {
  const cross = req.principalAccount !== undefined && req.resourceAccount !== undefined && req.principalAccount !== req.resourceAccount;
  return { gates, policies: e.traces ?? [], crossAccount: cross, principalType: req.principal.type };
}

export { EMPTY_GROUP };
