import { GATE_WHY as W, type GateWhy } from "../explain/reasons";
import type { GrantKind } from "../match/principal-match";
import type { PreparedRequest } from "./prepared-request";
import type { GateResult, StatementRef } from "./result-types";
import { FIXED, gate } from "./gates";
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

/** The strongest grant kind among the resource policy's applying Allows. */
function bestKind(allows: readonly StatementEval[]): GrantKind | undefined {
  let kind: GrantKind | undefined;
  for (const e of allows) if (e.grantKind && (!kind || RANK[e.grantKind] > RANK[kind])) kind = e.grantKind;
  return kind;
}

/** References of the Allows that granted with `kind`. */
function refsOfKind(allows: readonly StatementEval[], kind: GrantKind): StatementRef[] {
  const out: StatementRef[] = [];
  for (const e of allows) if (e.grantKind === kind) out.push(e.cs.ref);
  return out;
}

/** The boundary or session gate; it passes unless it is `no-allow`. */
function optional(name: "boundary" | "session", g: GroupEval | null): GateResult {
  const fixed = FIXED[name];
  if (!g) return fixed["not-applicable"].NO_POLICY;
  return g.allows.length > 0 ? gate(name, "allow", W.ALLOW_FOUND, refs(g.allows)) : fixed["no-allow"].NO_ALLOW_FOUND;
}

/** The identity gate; it passes only when it is `allow`. */
function identityGate(inp: GrantInputs, isRoot: boolean, noIdentity: boolean, identityRefs: StatementRef[]): GateResult {
  if (isRoot) return gate("identity", "allow", W.ROOT_USER_FULL_ACCESS, identityRefs);
  if (noIdentity) return FIXED.identity["not-applicable"].NO_IDENTITY_POLICIES_FOR_PRINCIPAL;
  if (identityRefs.length > 0) return gate("identity", "allow", W.ALLOW_FOUND, identityRefs);
  return inp.hasIdentityPolicies ? FIXED.identity["no-allow"].NO_ALLOW_FOUND : FIXED.identity["no-allow"].NO_POLICY;
}

function sessionGate(inp: GrantInputs): GateResult {
  // AWS: a session principal that is not a role session (GetFederationToken) without a session
  // policy gets an implicit deny at the session-policy step.
  if (!inp.session && inp.req.principal.type === "federatedUser") return FIXED.session["no-allow"].FEDERATED_USER_NEEDS_SESSION_POLICY;
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

const NO_REFS = Object.freeze([]) as unknown as StatementRef[];
const NO_REFS_EVALS: readonly StatementEval[] = Object.freeze([]);

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
  const resourceAllows = inp.resource?.allows ?? NO_REFS_EVALS;
  const kind = bestKind(resourceAllows);
  const identityRefs = refs(inp.identity.allows);
  const identity = identityGate(inp, isRoot, noIdentity, identityRefs);
  const boundary = isRoot ? FIXED.boundary["not-applicable"].ROOT_USER_FULL_ACCESS : optional("boundary", inp.boundary);
  const session = sessionGate(inp);
  const boundaryOk = boundary.outcome !== "no-allow";
  const sessionOk = session.outcome !== "no-allow";
  const chain = identity.outcome === "allow" && boundaryOk && sessionOk;
  const route = routeOf(kind, cross);
  const resourceRefs = kind === undefined ? NO_REFS : refsOfKind(resourceAllows, kind);
  const allowed = route === "direct" || (route === "limited" ? boundaryOk && sessionOk : route === "none" ? !cross && !required && chain : chain);
  let decidedBy: StatementRef[] = [];
  if (allowed) decidedBy = route === "none" ? identityRefs : route === "direct" || route === "limited" ? resourceRefs : [...resourceRefs, ...identityRefs];
  const resourceGate = route === "none"
    ? FIXED.resource[inp.resource || required || cross ? "no-allow" : "not-applicable"][noneWhy(inp, required, cross)]
    : gate("resource", "allow", ROUTE_WHY[route], resourceRefs);
  if (route !== "direct" && route !== "limited") return { allowed, decidedBy, gates: [resourceGate, identity, boundary, session] };
  const identityNotNeeded = gate("identity", identity.outcome === "allow" ? "allow" : "not-applicable", W.NOT_NEEDED, identity.statements);
  const direct = route === "direct";
  return { allowed, decidedBy, gates: [resourceGate, identityNotNeeded, direct ? notNeeded(boundary) : boundary, direct ? notNeeded(session) : session] };
}

function notNeeded(g: GateResult): GateResult {
  // INVARIANT: a no-allow gate names no statements.
  return g.outcome === "no-allow" ? FIXED[g.gate]["not-applicable"].NOT_NEEDED : g;
}
