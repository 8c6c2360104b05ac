import type { Decision } from "@/lib/iam";
import { CheckIcon, DenyIcon, ImplicitIcon } from "./icons";

const ICONS = { Allow: CheckIcon, ExplicitDeny: DenyIcon, ImplicitDeny: ImplicitIcon } as const;

const STYLE: Record<Decision, { label: string; tone: string }> = {
  Allow: { label: "Allow", tone: "border-emerald-700 bg-emerald-50 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100" },
  ExplicitDeny: { label: "Explicit deny", tone: "border-red-700 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100" },
  ImplicitDeny: { label: "Implicit deny", tone: "border-amber-700 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100" },
};

/** A decision with icon and text (never colour alone). */
export function DecisionBadge({ decision, prefix = "Decision:" }: { decision: Decision; prefix?: string }) {
  const s = STYLE[decision];
  const Icon = ICONS[decision];
  return (
    <span className={`inline-flex items-center gap-2 rounded-lg border-2 px-3 py-1 text-sm font-semibold ${s.tone}`}>
      <Icon />
      <span>
        <span className="font-normal">{prefix} </span>
        {s.label}
      </span>
    </span>
  );
}

/** The label of a decision. */
export function decisionLabel(decision: string): string {
  return decision in STYLE ? STYLE[decision as Decision].label : decision;
}
