import type { StatementChoice } from "@/lib/quiz";
import { SLOT_NAMES } from "./scenario-view";

/** A statement as a person reads it: its Sid or first action, effect and policy. */
export function statementLabel(s: Pick<StatementChoice, "label" | "policyType" | "effect" | "path">): string {
  const where = SLOT_NAMES[s.policyType] ?? s.policyType;
  return `${s.label}${s.effect ? ` (${s.effect}, ${where})` : ` (${where})`}`;
}
