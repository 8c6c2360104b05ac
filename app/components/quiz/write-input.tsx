"use client";
import type { WriteConstraints } from "@/lib/quiz";
import type { InputProps } from "./input-props";
import { PolicyEditor } from "./policy-editor";
import { PoliciesView, RequestView, SLOT_NAMES } from "./scenario-view";
import { Ticks } from "./ticks";

const SLOT_FIELD: Record<string, string> = { identity: "identity", resource: "resource", boundary: "permissionBoundary", scp: "scps", session: "session" };

function constraintLines(c: WriteConstraints): string[] {
  const out: string[] = [];
  if (c.noWildcardActions) out.push("No wildcard actions in Allow statements");
  if (c.noWildcardResources) out.push("No Allow statement for every resource (`*`)");
  if (c.requiredConditionKeys?.length) out.push(`Use the condition key ${c.requiredConditionKeys.map((k) => `\`${k}\``).join(", ")}`);
  if (c.maxStatements !== undefined) out.push(`At most ${c.maxStatements} statement${c.maxStatements === 1 ? "" : "s"}`);
  return out;
}

/** Write a policy: the setting, the checks it must pass, and the editor. */
export function WriteInput({ question, draft, onChange, disabled, error }: InputProps) {
  const { view, position } = question;
  if (view.type !== "write") return null;
  const slotName = SLOT_NAMES[SLOT_FIELD[view.slot] ?? view.slot] ?? view.slot;
  const constraints = constraintLines(view.constraints);
  const errorId = `q${position}-policy-error`;
  return (
    <div className="mt-4 space-y-4">
      <p className="text-sm">
        Your policy is the <strong>{slotName}</strong> of this setting.
      </p>
      <RequestView request={view.base.request} title="Every check starts from this request" />
      <details className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700">
        <summary className="cursor-pointer font-semibold">Other policies in place</summary>
        <div className="mt-2">
          <PoliciesView policies={view.base.policies} empty="None: only your policy is evaluated." />
        </div>
      </details>
      <div>
        <h3 className="mb-2 text-sm font-semibold">Checks your policy must pass</h3>
        <ul className="space-y-1 text-sm">
          {view.cases.map((c) => (
            <li key={c.id} className="flex flex-wrap items-baseline gap-2">
              <span className={`rounded px-1.5 text-xs font-semibold ${c.expect === "allow" ? "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300" : "bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200"}`}>
                {c.expect === "allow" ? "Allowed" : "Denied"}
              </span>
              <span>
                <Ticks text={c.label} />
              </span>
            </li>
          ))}
        </ul>
        {view.hiddenCaseCount > 0 && <p className="muted mt-1 text-sm">…and {view.hiddenCaseCount} hidden {view.hiddenCaseCount === 1 ? "check" : "checks"}, revealed only as a count.</p>}
        {constraints.length > 0 && (
          <ul className="mt-2 list-disc pl-5 text-sm">
            {constraints.map((c) => (
              <li key={c}>
                <Ticks text={c} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <PolicyEditor
        id={`q${position}-policy`}
        label="Your policy (JSON)"
        value={(draft?.policy as string | undefined) ?? view.starter}
        onChange={(policy) => onChange({ policy })}
        disabled={disabled}
        {...(error ? { describedBy: errorId } : {})}
      />
      {error && (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          <Ticks text={error} />
        </p>
      )}
    </div>
  );
}
