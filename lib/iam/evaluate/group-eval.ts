import { REASON_CODES as R } from "../explain/reasons";
import type { CompiledPolicy } from "./compile-policies";
import type { PreparedRequest } from "./prepared-request";
import type { PolicyTrace, StatementRef } from "./result-types";
import { evalStatement, fastApplies, type StatementEval } from "./statement-eval";

/** Evaluation of a set of policies (one slot, or one SCP/RCP level). */
export interface GroupEval {
  allows: StatementEval[];
  denies: StatementEval[];
  /** Every statement evaluation (only with detail). */
  all: StatementEval[];
}

/** Shared empty list of a group (never mutated: lists are replaced on their first push). */
const NONE = Object.freeze([]) as unknown as StatementEval[];

function add(list: StatementEval[], e: StatementEval): StatementEval[] {
  if (list === NONE) return [e];
  list.push(e);
  return list;
}

/** Evaluates every statement of the given policies. */
export function evalGroup(policies: readonly CompiledPolicy[], req: PreparedRequest, detail: boolean, traces: PolicyTrace[] | null, applicable = true): GroupEval {
  const g: GroupEval = { allows: NONE, denies: NONE, all: detail ? [] : NONE };
  for (const p of policies) {
    const pt: PolicyTrace | null = traces ? policyTrace(p, applicable) : null;
    for (const cs of p.statements) {
      const e = detail ? evalStatement(cs, req, true) : fastApplies(cs, req);
      if (!e) continue;
      if (detail) g.all.push(e);
      if (pt && e.trace) pt.statements.push(e.trace);
      if (!e.applies) continue;
      if (cs.deny) g.denies = add(g.denies, e);
      else g.allows = add(g.allows, e);
    }
    if (pt && traces) traces.push(pt);
  }
  return g;
}

function policyTrace(p: CompiledPolicy, applicable: boolean): PolicyTrace {
  const t: PolicyTrace = {
    policyType: p.slot,
    path: p.path,
    applicable,
    statements: [],
    skipped: p.skipped.map((s) => ({ statementIndex: s.statementIndex, path: s.path, reason: R.SKIPPED_INVALID })),
  };
  if (p.policyIndex !== undefined) t.policyIndex = p.policyIndex;
  if (p.level !== undefined) t.level = p.level;
  return t;
}

/** References of evaluated statements. */
export function refs(list: readonly StatementEval[]): StatementRef[] {
  return list.map((e) => e.cs.ref);
}

/** An empty group. */
export const EMPTY_GROUP: GroupEval = { allows: NONE, denies: NONE, all: NONE };
