import { GATE_WHY as W } from "../explain/reasons";
import { DEFAULT_RCP_SUPPORTED_SERVICES } from "../org/rcp-services";
import { rcpApplicability, scpApplicability, type Applicability } from "../org/applicability";
import type { OrganizationInfo } from "../types";
import type { CompiledPolicies, CompiledPolicy } from "./compile-policies";
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

/** Evaluates every applicable policy for the request. */
export function evaluateAll(c: CompiledPolicies, req: PreparedRequest, org: OrganizationInfo, opts: EvalOptions, detail: boolean): Evaluated {
  const traces = opts.trace ? [] : null;
  const scp: Applicability = c.scps ? scpApplicability(req, org) : { applies: false, why: W.NO_POLICY };
  const rcp: Applicability = c.rcps ? rcpApplicability(req, org, opts.rcpSupportedServices ?? DEFAULT_RCP_SUPPORTED_SERVICES) : { applies: false, why: W.NO_POLICY };
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

function allDenies(e: Evaluated): StatementEval[] {
  const out: StatementEval[] = [];
  for (const l of e.rcpLevels ?? []) out.push(...l.denies);
  for (const l of e.scpLevels ?? []) out.push(...l.denies);
  for (const g of [e.resource, e.identity, e.boundary, e.session, e.vpce]) if (g) out.push(...g.denies);
  return out;
}

function guardrailGate(name: "scp" | "rcp", levelsEval: GroupEval[] | null, a: Applicability): GateResult {
  if (!levelsEval) return { gate: name, outcome: "not-applicable", why: a.why ?? W.NO_POLICY, statements: [] };
  if (name === "rcp") return { gate: "rcp", outcome: "allow", why: W.RCP_FULL_ACCESS_IMPLIED, statements: [] };
  const missing = levelsEval.findIndex((l) => l.allows.length === 0);
  if (missing >= 0) return { gate: "scp", outcome: "no-allow", why: W.LEVEL_WITHOUT_ALLOW, level: missing, statements: [] };
  return { gate: "scp", outcome: "allow", why: W.EVERY_LEVEL_ALLOWS, statements: levelsEval.flatMap((l) => refs(l.allows)) };
}

/** Applies AWS's evaluation order to the evaluated groups and produces the result. */
export function decide(c: CompiledPolicies, e: Evaluated, req: PreparedRequest): EvalResult {
  const gates: GateResult[] = [];
  const denies = allDenies(e);
  const finish = (r: Omit<EvalResult, "diagnostics">): EvalResult => {
    const out: EvalResult = { ...r, diagnostics: [] };
    if (e.traces) out.trace = traceOf(r.gates, e, req);
    return out;
  };
  if (denies.length > 0) {
    gates.push({ gate: "explicit-deny", outcome: "deny", why: W.EXPLICIT_DENY_FOUND, statements: refs(denies) });
    return finish({ decision: "ExplicitDeny", decidedBy: refs(denies), gates });
  }
  gates.push({ gate: "explicit-deny", outcome: "not-applicable", why: W.NO_EXPLICIT_DENY, statements: [] });
  gates.push(guardrailGate("rcp", e.rcpLevels, e.rcp));
  const scpGate = guardrailGate("scp", e.scpLevels, e.scp);
  gates.push(scpGate);
  if (scpGate.outcome === "no-allow") return finish({ decision: "ImplicitDeny", decidedBy: [], gates });
  const grant = decideGrant({
    req,
    resource: e.resource,
    identity: e.identity,
    hasIdentityPolicies: c.identity.length > 0,
    boundary: e.boundary,
    session: e.session,
  });
  gates.push(...grant.gates);
  const vpce = e.vpce;
  let vpceOk = true;
  if (!vpce) gates.push({ gate: "vpcEndpoint", outcome: "not-applicable", why: W.NO_POLICY, statements: [] });
  else {
    vpceOk = vpce.allows.length > 0;
    gates.push({ gate: "vpcEndpoint", outcome: vpceOk ? "allow" : "no-allow", why: vpceOk ? W.ALLOW_FOUND : W.NO_ALLOW_FOUND, statements: refs(vpce.allows) });
  }
  const allowed = grant.allowed && vpceOk;
  return finish({ decision: allowed ? "Allow" : "ImplicitDeny", decidedBy: allowed ? grant.decidedBy : [], gates });
}

function traceOf(gates: GateResult[], e: Evaluated, req: PreparedRequest): Trace {
  const cross = req.principalAccount !== undefined && req.resourceAccount !== undefined && req.principalAccount !== req.resourceAccount;
  return { gates, policies: e.traces ?? [], crossAccount: cross, principalType: req.principal.type };
}

export { EMPTY_GROUP };
