import type { EvalResult, FlipHint, StatementRef, StatementTrace } from "../evaluate/result-types";
import { describeReason, GATE_NAMES } from "./wording";

function ref(r: StatementRef): string {
  return `${r.path}${r.sid ? ` (${r.sid})` : ""}`;
}

function statementLine(s: StatementTrace): string {
  const mark = s.applies ? "applies" : "does not apply";
  const parts = [`    ${ref(s.ref)} [${s.ref.effect}] ${mark}: ${describeReason(s.reason)}`];
  for (const c of s.conditions) {
    const ctx = c.contextValues === null || c.contextValues === undefined ? "(missing)" : JSON.stringify(c.contextValues);
    const plain = c.reason === "MATCHED" || c.reason === "CONDITION_FAILED";
    const why = plain ? "" : ` (${describeReason(c.reason)})`;
    parts.push(`      ${c.operator} ${c.key}: request ${ctx} vs policy ${JSON.stringify(c.policyValues ?? [])}: ${c.ok ? "holds" : "does not hold"}${why}`);
  }
  return parts.join("\n");
}

function flipLine(h: FlipHint): string {
  switch (h.kind) {
    case "remove-deny":
      return `  - remove or narrow the Deny statement ${ref(h.statement)}`;
    case "gate-needs-allow":
      return `  - add an Allow to the ${GATE_NAMES[h.gate]}${h.level !== undefined ? ` at level ${h.level}` : ""}`;
    case "near-miss":
      return `  - ${ref(h.statement)} fails only on its ${h.element}${h.key ? ` \`${h.key}\`` : ""}: ${describeReason(h.reason)}`;
    case "missing-context-key":
      return `  - the request has no \`${h.key}\` (used by ${ref(h.statement)})`;
  }
}

/** A plain-language, multi-line explanation of an evaluation, for the CLI's `explain`. */
export function explainText(result: EvalResult): string {
  const lines = [`Decision: ${result.decision}`];
  if (result.decidedBy.length > 0) lines.push(`Decided by: ${result.decidedBy.map(ref).join(", ")}`);
  lines.push("Gates, in AWS's evaluation order:");
  for (const g of result.gates) {
    const level = g.level !== undefined ? ` (level ${g.level})` : "";
    lines.push(`  ${GATE_NAMES[g.gate]}: ${g.outcome}${level}: ${describeReason(g.why)}`);
  }
  if (result.trace) {
    lines.push("Policies:");
    for (const p of result.trace.policies) {
      lines.push(`  ${p.path}${p.applicable ? "" : " (does not apply to this request)"}`);
      for (const s of p.statements) lines.push(statementLine(s));
      for (const s of p.skipped) lines.push(`    ${s.path}: ${describeReason(s.reason)}`);
    }
  }
  if (result.flip && result.flip.length > 0) {
    lines.push("What would change the decision:");
    for (const h of result.flip) lines.push(flipLine(h));
  }
  for (const d of result.diagnostics) lines.push(`${d.severity}: ${d.path || "(scenario)"}: ${d.message}`);
  return lines.join("\n");
}
