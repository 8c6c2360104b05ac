import type { Evaluated } from "../evaluate/decide";
import type { EvalResult, FlipHint } from "../evaluate/result-types";
import type { StatementEval } from "../evaluate/statement-eval";
import { REASON_CODES as R } from "./reasons";

const MISSING = new Set<string>([R.CONDITION_KEY_MISSING, R.FORANYVALUE_KEY_MISSING]);

function allowEvals(e: Evaluated): StatementEval[] {
  const out: StatementEval[] = [];
  for (const l of e.scpLevels ?? []) out.push(...l.all);
  for (const g of [e.resource, e.identity, e.boundary, e.session, e.vpce]) if (g) out.push(...g.all);
  return out.filter((s) => s.cs.stmt.effect === "Allow" && !s.applies);
}

function nearMiss(s: StatementEval, hints: FlipHint[], keys: Map<string, FlipHint>): void {
  const t = s.trace;
  if (!t) return;
  const ref = s.cs.ref;
  const failing: FlipHint[] = [];
  if (!t.action.matched) failing.push({ kind: "near-miss", statement: ref, element: "action", reason: t.action.reason });
  if (!t.resource.matched) failing.push({ kind: "near-miss", statement: ref, element: "resource", reason: t.resource.reason });
  if (t.principal && !t.principal.matched) failing.push({ kind: "near-miss", statement: ref, element: "principal", reason: t.principal.reason });
  for (const c of t.conditions) {
    if (c.ok) continue;
    failing.push({ kind: "near-miss", statement: ref, element: "condition", key: c.key, reason: c.reason });
    if (MISSING.has(c.reason) && !keys.has(c.key.toLowerCase())) keys.set(c.key.toLowerCase(), { kind: "missing-context-key", key: c.key, statement: ref });
    for (const name of c.unresolved ?? []) {
      if (!keys.has(name.toLowerCase())) keys.set(name.toLowerCase(), { kind: "missing-context-key", key: name, statement: ref });
    }
  }
  for (const name of t.resource.unresolved ?? []) {
    if (!keys.has(name.toLowerCase())) keys.set(name.toLowerCase(), { kind: "missing-context-key", key: name, statement: ref });
  }
  const only = failing[0];
  if (failing.length === 1 && only) hints.push(only);
}

/**
 * What would change a denial: the deny statements to remove, the gates that lacked an Allow,
 * Allow statements that failed by exactly one element, and context keys that were missing.
 * INVARIANT: needs an evaluation made with detail (every element evaluated).
 */
export function flipHints(result: EvalResult, e: Evaluated): FlipHint[] {
  if (result.decision === "Allow") return [];
  if (result.decision === "ExplicitDeny") return result.decidedBy.map((statement) => ({ kind: "remove-deny", statement }));
  const hints: FlipHint[] = [];
  for (const g of result.gates) {
    if (g.outcome !== "no-allow") continue;
    const h: FlipHint = { kind: "gate-needs-allow", gate: g.gate };
    if (g.level !== undefined) h.level = g.level;
    hints.push(h);
  }
  const keys = new Map<string, FlipHint>();
  for (const s of allowEvals(e)) nearMiss(s, hints, keys);
  hints.push(...keys.values());
  return hints;
}
