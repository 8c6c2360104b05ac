/**
 * Plain-language wording of the evaluator's trace for the sandbox: flip hints, statement
 * references and policy names. Pure.
 */
import { describeReason, GATE_NAMES, type FlipHint, type StatementRef, type StatementTrace } from "@/lib/iam";

/** A statement reference for people: `policies.identity[1].Statement[0] (NoDeletes)`. */
export function refText(r: StatementRef): string {
  return `${r.path}${r.sid ? ` (${r.sid})` : ""}`;
}

/** "What would change this": one sentence per flip hint. */
export function flipText(h: FlipHint): string {
  switch (h.kind) {
    case "remove-deny":
      return `Remove or narrow the Deny statement ${refText(h.statement)}.`;
    case "gate-needs-allow":
      return `Add an Allow to the ${GATE_NAMES[h.gate]}${h.level !== undefined ? ` at level ${h.level} (${levelName(h.level)})` : ""}.`;
    case "near-miss":
      return `${refText(h.statement)} fails only on its ${h.element}${h.key ? ` \`${h.key}\`` : ""}: ${describeReason(h.reason)}.`;
    case "missing-context-key":
      return `Add \`${h.key}\` to the request context (${refText(h.statement)} uses it).`;
  }
}

/** The name of an organization level: 0 is the root. */
export function levelName(level: number): string {
  return level === 0 ? "organization root" : `level ${level} below the root`;
}

/** A policy's name from its scenario path, e.g. `policies.scps[1][0]` → "SCP 1 at level 1". */
export function policyName(path: string): string {
  const m = /^policies\.(\w+)(?:\[(\d+)\])?(?:\[(\d+)\])?/.exec(path);
  if (!m) return path;
  const [, slot, a, b] = m;
  const n = (x: string | undefined) => Number(x ?? 0) + 1;
  switch (slot) {
    case "identity":
      return `Identity policy ${n(a)}`;
    case "resource":
      return "Resource-based / trust policy";
    case "permissionBoundary":
      return "Permissions boundary";
    case "scps":
      return `SCP ${n(b)} at ${levelName(Number(a ?? 0))}`;
    case "rcps":
      return `RCP ${n(b)} at ${levelName(Number(a ?? 0))}`;
    case "session":
      return "Session policy";
    case "vpcEndpoint":
      return "VPC endpoint policy";
    default:
      return path;
  }
}

/** Why one statement did or did not apply, including its conditions. */
export function statementWhy(s: StatementTrace): string[] {
  const lines = [describeReason(s.reason)];
  for (const c of s.conditions) {
    const request = c.contextValues === null || c.contextValues === undefined ? "missing" : JSON.stringify(c.contextValues);
    const plain = c.reason === "MATCHED" || c.reason === "CONDITION_FAILED";
    lines.push(`${c.operator} ${c.key}: request ${request}, policy ${JSON.stringify(c.policyValues ?? [])}: ${c.ok ? "holds" : "does not hold"}${plain ? "" : ` (${describeReason(c.reason)})`}`);
  }
  return lines;
}
