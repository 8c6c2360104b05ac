import { GATE_WHY as W, type GateWhy } from "../explain/reasons";
import type { GrantKind } from "../match/principal-match";
import type { PreparedRequest } from "./prepared-request";
import type { GateOutcome, GateResult, StatementRef } from "./result-types";
import { refs, type GroupEval } from "./group-eval";
import type { StatementEval } from "./statement-eval";

/** Inputs of the grant decision after deny scan and guardrails. */
export interface GrantInputs {
  req: PreparedRequest;
  resource: GroupEval | null;
  identity: GroupEval;
  hasIdentityPolicies: boolean;
  boundary: GroupEval | null;
  session: GroupEval | null;
}

/** Result of the grant decision. */
export interface GrantResult {
  allowed: boolean;
  decidedBy: StatementRef[];
  gates: GateResult[];
}

const DIRECT: ReadonlySet<GrantKind> = new Set(["user", "session", "wildcard", "service", "federated", "canonical"]);
const LIMITED: ReadonlySet<GrantKind> = new Set(["role", "federatingUser"]);
const NO_IDENTITY: ReadonlySet<string> = new Set(["service", "anonymous", "webIdentity", "saml"]);
const RANK: Record<GrantKind, number> = { user: 3, session: 3, service: 3, federated: 3, canonical: 3, wildcard: 3, role: 2, federatingUser: 2, account: 1 };

/** Role trust policies and KMS key policies must allow the caller themselves. */
export function resourcePolicyRequired(req: PreparedRequest): boolean {
  if (req.service === "kms") return true;
  return req.service === "sts" && /^sts:(assumerole|assumerolewithwebidentity|assumerolewithsaml|tagsession|setsourceidentity|setcontext)$/.test(req.actionLower);
}

function best(allows: readonly StatementEval[]): { kind?: GrantKind; evals: StatementEval[] } {
  let kind: GrantKind | undefined;
  for (const e of allows) if (e.grantKind && (!kind || RANK[e.grantKind] > RANK[kind])) kind = e.grantKind;
  return { kind, evals: allows.filter((e) => e.grantKind === kind) };
}

function gate(g: GateResult["gate"], outcome: GateOutcome, why: GateWhy, statements: StatementRef[] = []): GateResult {
  return { gate: g, outcome, why, statements };
}

function optional(name: "boundary" | "session", g: GroupEval | null): { ok: boolean; gate: GateResult } {
  if (!g) return { ok: true, gate: gate(name, "not-applicable", W.NO_POLICY) };
  return g.allows.length > 0
    ? { ok: true, gate: gate(name, "allow", W.ALLOW_FOUND, refs(g.allows)) }
    : { ok: false, gate: gate(name, "no-allow", W.NO_ALLOW_FOUND) };
}

interface Side {
  ok: boolean;
  gate: GateResult;
}

function identitySide(inp: GrantInputs, isRoot: boolean, noIdentity: boolean): Side {
  if (isRoot) return { ok: true, gate: gate("identity", "allow", W.ROOT_USER_FULL_ACCESS, refs(inp.identity.allows)) };
  if (noIdentity) return { ok: false, gate: gate("identity", "not-applicable", W.NO_IDENTITY_POLICIES_FOR_PRINCIPAL) };
  if (inp.identity.allows.length > 0) return { ok: true, gate: gate("identity", "allow", W.ALLOW_FOUND, refs(inp.identity.allows)) };
  return { ok: false, gate: gate("identity", "no-allow", inp.hasIdentityPolicies ? W.NO_ALLOW_FOUND : W.NO_POLICY) };
}

function sessionSide(inp: GrantInputs): Side {
  // AWS: a session principal that is not a role session (GetFederationToken) without a session
  // policy gets an implicit deny at the session-policy step.
  if (!inp.session && inp.req.principal.type === "federatedUser") {
    return { ok: false, gate: gate("session", "no-allow", W.FEDERATED_USER_NEEDS_SESSION_POLICY) };
  }
  return optional("session", inp.session);
}

type Route = "none" | "cross" | "direct" | "limited" | "delegated";

function routeOf(kind: GrantKind | undefined, cross: boolean): Route {
  if (kind === undefined) return "none";
  if (cross) return "cross";
  if (DIRECT.has(kind)) return "direct";
  return LIMITED.has(kind) ? "limited" : "delegated";
}

const ROUTE_WHY: Record<Exclude<Route, "none">, GateWhy> = {
  cross: W.CROSS_ACCOUNT_NEEDS_IDENTITY_ALLOW,
  direct: W.GRANTED_DIRECTLY,
  limited: W.GRANTED_TO_ROLE_LIMITED,
  delegated: W.DELEGATED_TO_IDENTITY,
};

function noneWhy(inp: GrantInputs, required: boolean, cross: boolean): GateWhy {
  if (required) return W.RESOURCE_POLICY_REQUIRED;
  if (cross) return W.CROSS_ACCOUNT_NEEDS_RESOURCE_ALLOW;
  return inp.resource ? W.NO_ALLOW_FOUND : W.NO_POLICY;
}

/**
 * Decides whether the request is granted, following AWS's table of resource-based grants in the
 * same account and "both sides must allow" across accounts (format rules 6 and 9).
 * INVARIANT: runs only after the explicit-deny scan and the SCP/RCP gates found no denial.
 */
export function decideGrant(inp: GrantInputs): GrantResult {
  const { req } = inp;
  const isRoot = req.principal.type === "root";
  const noIdentity = NO_IDENTITY.has(req.principal.type);
  const cross = !noIdentity && req.principalAccount !== undefined && req.resourceAccount !== undefined && req.principalAccount !== req.resourceAccount;
  const required = resourcePolicyRequired(req);
  const { kind, evals } = best(inp.resource?.allows ?? []);
  const identity = identitySide(inp, isRoot, noIdentity);
  const boundary: Side = isRoot ? { ok: true, gate: gate("boundary", "not-applicable", W.ROOT_USER_FULL_ACCESS) } : optional("boundary", inp.boundary);
  const session = sessionSide(inp);
  const chain = identity.ok && boundary.ok && session.ok;
  const route = routeOf(kind, cross);
  const resourceRefs = refs(evals);
  const identityRefs = refs(inp.identity.allows);
  const allowed = route === "direct" || (route === "limited" ? boundary.ok && session.ok : route === "none" ? !cross && !required && chain : chain);
  let decidedBy: StatementRef[] = [];
  if (allowed) decidedBy = route === "none" ? identityRefs : route === "direct" || route === "limited" ? resourceRefs : [...resourceRefs, ...identityRefs];
  const resourceGate = route === "none"
    ? gate("resource", inp.resource || required || cross ? "no-allow" : "not-applicable", noneWhy(inp, required, cross))
    : gate("resource", "allow", ROUTE_WHY[route], resourceRefs);
  let identityGate = identity.gate;
  if (route === "direct" || route === "limited") {
    identityGate = gate("identity", identity.gate.outcome === "allow" ? "allow" : "not-applicable", W.NOT_NEEDED, identity.gate.statements);
  }
  const direct = route === "direct";
  const gates = [resourceGate, identityGate, direct ? notNeeded(boundary.gate) : boundary.gate, direct ? notNeeded(session.gate) : session.gate];
  return { allowed, decidedBy, gates };
}

function notNeeded(g: GateResult): GateResult {
  return g.outcome === "no-allow" ? { ...g, outcome: "not-applicable", why: W.NOT_NEEDED } : g;
}
