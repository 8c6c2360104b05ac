/**
 * Maps scenarios to `@cloud-copilot/iam-simulate`'s `Simulation` shape and runs them.
 *
 * iam-simulate is AGPL-3.0: it is a devDependency used ONLY here, in bench/, as a benchmark and
 * differential peer. Never import it from app/, lib/ or scripts/.
 */
import {
  anonymousPrincipal,
  runSimulation,
  type EvaluationResult,
  type Simulation,
  type SimulationOrgPolicies,
} from "@cloud-copilot/iam-simulate";
import type { BenchScenario } from "./corpus";

/** Our decision names. */
export type Decision = "Allow" | "ExplicitDeny" | "ImplicitDeny";

const DECISION: Record<EvaluationResult, Decision> = {
  Allowed: "Allow",
  ExplicitlyDenied: "ExplicitDeny",
  ImplicitlyDenied: "ImplicitDeny",
};

/** The peer's answer: a decision, or the validation error it returned instead. */
export type PeerAnswer = { decision: Decision } | { error: string };

function doc(value: unknown): unknown {
  return typeof value === "string" ? (JSON.parse(value) as unknown) : value;
}

function levels(raw: unknown[][] | null | undefined, prefix: string): SimulationOrgPolicies[] {
  return (raw ?? []).map((level, l) => ({
    orgIdentifier: `${prefix}-level-${l}`,
    policies: level.map((policy, i) => ({ name: `${prefix}-${l}-${i}`, policy: doc(policy) })),
  }));
}

function accountOf(arn: string): string | undefined {
  const account = arn.split(":")[4];
  return account !== undefined && /^\d{12}$/.test(account) ? account : undefined;
}

/**
 * Our scenario as an iam-simulate `Simulation`. Slots map one to one (SCP/RCP levels become
 * org levels, root first). Anonymous callers get no principal-side policies: the peer rejects
 * them and, per the scenario format (rule 10), none apply. No other exemption is pre-applied, so
 * the management-account and service-linked-role rules are left to the peer.
 */
export function toSimulation(s: BenchScenario): Simulation {
  const r = s.request;
  const p = s.policies;
  const anonymous = r.principal === "anonymous";
  const sim: Simulation = {
    request: {
      principal: anonymous ? anonymousPrincipal : r.principal,
      action: r.action,
      resource: { resource: r.resource, accountId: r.resourceAccount ?? accountOf(r.resource) ?? r.principalAccount ?? "" },
      contextVariables: { ...(r.context ?? {}) },
    },
    identityPolicies: anonymous ? [] : (p.identity ?? []).map((policy, i) => ({ name: `identity-${i}`, policy: doc(policy) })),
    serviceControlPolicies: anonymous ? [] : levels(p.scps, "scp"),
    resourceControlPolicies: levels(p.rcps, "rcp"),
  };
  if (p.resource) sim.resourcePolicy = doc(p.resource);
  if (p.permissionBoundary && !anonymous) sim.permissionBoundaryPolicies = [{ name: "boundary", policy: doc(p.permissionBoundary) }];
  if (p.session && !anonymous) sim.sessionPolicy = doc(p.session);
  if (p.vpcEndpoint) sim.vpcEndpointPolicies = [{ name: "vpce", policy: doc(p.vpcEndpoint) }];
  return sim;
}

/** Runs the peer's validated public API (`runSimulation`) in Strict mode. */
export async function runPeer(sim: Simulation): Promise<PeerAnswer> {
  const res = await runSimulation(sim, {});
  if (res.resultType === "error") return { error: res.errors.message };
  return { decision: DECISION[res.overallResult] };
}
