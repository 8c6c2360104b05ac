import { GATE_WHY, type GateWhy } from "../explain/reasons";
import { GATE_ORDER, type GateName, type GateOutcome, type GateResult, type StatementRef } from "./result-types";

/** Shared empty statement list of fixed gates. */
const NO_REFS = Object.freeze([]) as unknown as StatementRef[];

const OUTCOMES: readonly GateOutcome[] = ["allow", "deny", "no-allow", "not-applicable"];

type Table = Record<GateName, Record<GateOutcome, Record<GateWhy, GateResult>>>;

/** Every gate without statements, built once: the three closed tables make 8 × 4 × 24 objects. */
function buildTable(): Table {
  const table = {} as Table;
  for (const g of GATE_ORDER) {
    const byOutcome = {} as Record<GateOutcome, Record<GateWhy, GateResult>>;
    for (const outcome of OUTCOMES) {
      const byWhy = {} as Record<GateWhy, GateResult>;
      for (const why of Object.values(GATE_WHY)) byWhy[why] = Object.freeze({ gate: g, outcome, why, statements: NO_REFS });
      byOutcome[outcome] = byWhy;
    }
    table[g] = byOutcome;
  }
  return table;
}

/**
 * Gates without statements, as shared frozen objects: `FIXED.identity["no-allow"].NO_POLICY`.
 * Results allocate only the gates that name statements. Index with constant keys where possible
 * (named property loads are cheaper than three dynamic lookups).
 * INVARIANT: gate results are read-only for their readers.
 */
export const FIXED = buildTable();

/** A gate naming `statements`, or the shared fixed gate when there are none. */
export function gate(g: GateName, outcome: GateOutcome, why: GateWhy, statements: StatementRef[]): GateResult {
  return statements.length > 0 ? { gate: g, outcome, why, statements } : FIXED[g][outcome][why];
}
