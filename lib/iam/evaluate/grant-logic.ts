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
  return { kind, evals: allows.filter((e) => e.grantKind === kind) } as { kind?: GrantKind; evals: StatementEval[] };
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
  const boundary = isRoot ? { ok: true, gate: gate("boundary", "not-applicable", W.ROOT_USER_FULL_ACCESS) } : optional("boundary", inp.boundary);
  const session = optional("session", inp.session);
  let identityOk: boolean;
  let identityGate: GateResult;
  if (isRoot) {
    identityOk = true;
    identityGate = gate("identity", "allow", W.ROOT_USER_FULL_ACCESS, refs(inp.identity.allows));
  } else if (noIdentity) {
    identityOk = false;
    identityGate = gate("identity", "not-applicable", W.NO_IDENTITY_POLICIES_FOR_PRINCIPAL);
  } else {
    identityOk = inp.identity.allows.length > 0;
    identityGate = identityOk ? gate("identity", "allow", W.ALLOW_FOUND, refs(inp.identity.allows)) : gate("identity", inp.hasIdentityPolicies ? "no-allow" : "not-applicable", inp.hasIdentityPolicies ? W.NO_ALLOW_FOUND : W.NO_POLICY);
  }
  const chain = identityOk && boundary.ok && session.ok;
  const resourceRefs = refs(evals);
  const identityRefs = refs(inp.identity.allows);
  let allowed: boolean;
  let resourceWhy: GateWhy;
  let decidedBy: StatementRef[];
  if (kind === undefined) {
    allowed = !cross && !required && chain;
    resourceWhy = !inp.resource ? W.NO_POLICY : W.NO_ALLOW_FOUND;
    if (required) resourceWhy = W.RESOURCE_POLICY_REQUIRED;
    else if (cross) resourceWhy = W.CROSS_ACCOUNT_NEEDS_RESOURCE_ALLOW;
    decidedBy = allowed ? identityRefs : [];
  } else if (cross) {
    allowed = chain;
    resourceWhy = W.CROSS_ACCOUNT_NEEDS_IDENTITY_ALLOW;
    decidedBy = allowed ? [...resourceRefs, ...identityRefs] : [];
  } else if (DIRECT.has(kind)) {
    allowed = true;
    resourceWhy = W.GRANTED_DIRECTLY;
    decidedBy = resourceRefs;
  } else if (LIMITED.has(kind)) {
    allowed = boundary.ok && session.ok;
    resourceWhy = W.GRANTED_TO_ROLE_LIMITED;
    decidedBy = allowed ? resourceRefs : [];
  } else {
    allowed = chain;
    resourceWhy = W.DELEGATED_TO_IDENTITY;
    decidedBy = allowed ? [...resourceRefs, ...identityRefs] : [];
  }
  const resourceGate = kind !== undefined ? gate("resource", "allow", resourceWhy, resourceRefs) : gate("resource", inp.resource || required || cross ? "no-allow" : "not-applicable", resourceWhy);
  const directGrant = !cross && kind !== undefined && DIRECT.has(kind);
  const limitedGrant = !cross && kind !== undefined && LIMITED.has(kind);
  if (directGrant || limitedGrant) identityGate = gate("identity", identityGate.outcome === "allow" ? "allow" : "not-applicable", W.NOT_NEEDED, identityGate.statements);
  if (!allowed && !noIdentity && !directGrant && !limitedGrant && identityGate.outcome === "not-applicable") {
    identityGate = { ...identityGate, outcome: "no-allow" };
  }
  const gates = [resourceGate, identityGate, directGrant ? notNeeded(boundary.gate) : boundary.gate, directGrant ? notNeeded(session.gate) : session.gate];
  return { allowed, decidedBy, gates };
}

function notNeeded(g: GateResult): GateResult {
  return g.outcome === "no-allow" ? { ...g, outcome: "not-applicable", why: W.NOT_NEEDED } : g;
}
