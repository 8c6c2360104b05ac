import type { ClauseOutcome } from "../conditions/clause";
import type { GateWhy, ReasonCode } from "../explain/reasons";
import type { GrantKind } from "../match/principal-match";
import type { Decision, Diagnostic, Effect } from "../types";

/** Where a policy sits in a scenario (`policies.<slot>`). */
export type PolicySlot = "identity" | "resource" | "permissionBoundary" | "scps" | "rcps" | "session" | "vpcEndpoint";

/** Gates in AWS's evaluation order. */
export const GATE_ORDER = ["explicit-deny", "rcp", "scp", "resource", "identity", "boundary", "session", "vpcEndpoint"] as const;
/** A gate name. */
export type GateName = (typeof GATE_ORDER)[number];

/** Names one statement of one policy of a scenario. */
export interface StatementRef {
  policyType: PolicySlot;
  /** Index in `identity`, or index within the level for `scps` / `rcps`. */
  policyIndex?: number;
  /** Level for `scps` / `rcps` (0 = organization root). */
  level?: number;
  statementIndex: number;
  sid?: string;
  /** e.g. `policies.identity[1].Statement[0]`. */
  path: string;
  effect: Effect;
}

/** Outcome of one gate. */
export type GateOutcome = "allow" | "deny" | "no-allow" | "not-applicable";

/** One gate's result, with the statements that decided it. */
export interface GateResult {
  gate: GateName;
  outcome: GateOutcome;
  why: GateWhy;
  /** For SCP / RCP gates: the first level without an Allow. */
  level?: number;
  statements: StatementRef[];
}

/** Result of matching one element (action, resource, principal). */
export interface ElementResult {
  matched: boolean;
  reason: ReasonCode;
  /** The policy value that matched, when one did. */
  value?: string;
  /** Variables substituted while matching resources. */
  variables?: { name: string; value: string; usedDefault: boolean }[];
  unresolved?: string[];
}

/** A condition clause result in a trace. */
export interface ConditionTrace extends ClauseOutcome {
  path: string;
  operator: string;
  key: string;
}

/** Trace record of one statement. */
export interface StatementTrace {
  ref: StatementRef;
  applies: boolean;
  reason: ReasonCode;
  action: ElementResult;
  resource: ElementResult;
  principal?: ElementResult & { grantKind?: GrantKind };
  conditions: ConditionTrace[];
}

/** Trace record of one policy. */
export interface PolicyTrace {
  policyType: PolicySlot;
  policyIndex?: number;
  level?: number;
  path: string;
  /** Whether this policy took part (SCPs / RCPs may be exempt). */
  applicable: boolean;
  statements: StatementTrace[];
  skipped: { statementIndex: number; path: string; reason: ReasonCode }[];
}

/** The full trace: gates plus every policy and statement. */
export interface Trace {
  gates: GateResult[];
  policies: PolicyTrace[];
  crossAccount: boolean;
  principalType: string;
}

/** A hint on what would change a denial. */
export type FlipHint =
  | { kind: "remove-deny"; statement: StatementRef }
  | { kind: "gate-needs-allow"; gate: GateName; level?: number }
  | { kind: "near-miss"; statement: StatementRef; element: "action" | "resource" | "principal" | "condition"; key?: string; reason: ReasonCode }
  | { kind: "missing-context-key"; key: string; statement: StatementRef };

/** Result of `evaluate` / `evaluateCompiled`. */
export interface EvalResult {
  decision: Decision;
  decidedBy: StatementRef[];
  gates: GateResult[];
  trace?: Trace;
  diagnostics: Diagnostic[];
  flip?: FlipHint[];
}

/** Options of `evaluate` / `evaluateCompiled`. */
export interface EvalOptions {
  /** Build the full trace (slower); also computes flip hints for denials. */
  trace?: boolean;
  /**
   * Compute flip hints for denials without the trace. Opt-in for `evaluate` and
   * `evaluateCompiled` alike (off by default: it re-runs the evaluation with detail).
   */
  flip?: boolean;
  /** Services RCPs apply to (default: `DEFAULT_RCP_SUPPORTED_SERVICES`). */
  rcpSupportedServices?: readonly string[];
}
