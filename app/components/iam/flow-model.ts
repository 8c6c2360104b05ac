/**
 * Turns an evaluation result into the states of the flowchart's nodes: which gates were reached,
 * what each one said, and which one decided. Pure.
 */
import { GATE_ORDER, GATE_WHY_WORDING, type Decision, type EvalResult, type GateName, type GateOutcome } from "@/lib/iam";

/** The state of one gate in the chart. */
export type NodeState = "decided" | "passed" | "skipped" | "unreached";

/** One gate of the flowchart. */
export interface FlowNode {
  gate: GateName;
  title: string;
  question: string;
  state: NodeState;
  /** Short status, e.g. "allows", "no policy". */
  status: string;
  /** The reason in plain language. */
  why: string;
  outcome?: GateOutcome;
}

/** The model the chart draws. */
export interface FlowModel {
  nodes: FlowNode[];
  decision: Decision;
  decidedBy: string[];
}

const TITLES: Record<GateName, [string, string]> = {
  "explicit-deny": ["Explicit deny check", "Does any applicable policy deny?"],
  rcp: ["Resource control policies", "Do the resource's RCPs allow?"],
  scp: ["Service control policies", "Does every SCP level allow?"],
  resource: ["Resource-based policy", "Does the resource policy allow?"],
  identity: ["Identity-based policies", "Do the caller's policies allow?"],
  boundary: ["Permissions boundary", "Does the boundary allow?"],
  session: ["Session policy", "Does the session policy allow?"],
  vpcEndpoint: ["VPC endpoint policy", "Does the endpoint policy allow?"],
};

function status(outcome: GateOutcome, why: string): string {
  if (outcome === "deny") return "deny found";
  if (outcome === "allow") return "allows";
  if (outcome === "no-allow") return "no allow";
  if (why === "NOT_NEEDED") return "not needed";
  if (why === "NO_EXPLICIT_DENY") return "no deny";
  if (why === "NO_POLICY") return "no policy";
  return "does not apply";
}

/** Which gate decided: the explicit-deny gate, else the first gate without an allow. */
export function decidingGate(result: EvalResult): GateName | undefined {
  if (result.decision === "ExplicitDeny") return "explicit-deny";
  if (result.decision === "ImplicitDeny") return result.gates.find((g) => g.outcome === "no-allow")?.gate;
  return undefined;
}

/** Builds the chart model from an evaluation result. */
export function flowModel(result: EvalResult): FlowModel {
  const decider = decidingGate(result);
  const nodes = GATE_ORDER.map((gate): FlowNode => {
    const [title, question] = TITLES[gate];
    const g = result.gates.find((x) => x.gate === gate);
    if (!g) return { gate, title, question, state: "unreached", status: "not reached", why: "evaluation stopped before this step" };
    const why = GATE_WHY_WORDING[g.why];
    const state: NodeState = gate === decider ? "decided" : g.outcome === "not-applicable" ? "skipped" : "passed";
    return { gate, title, question, state, status: status(g.outcome, g.why), why, outcome: g.outcome };
  });
  return { nodes, decision: result.decision, decidedBy: result.decidedBy.map((d) => d.path + (d.sid ? ` (${d.sid})` : "")) };
}
