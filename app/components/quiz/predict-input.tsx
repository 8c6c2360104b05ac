"use client";
import type { QuizDecision, StatementChoice } from "@/lib/quiz";
import { DECISION_NAMES } from "./decision-names";
import type { InputProps } from "./input-props";
import { ScenarioView } from "./scenario-view";
import { statementLabel } from "./statement-label";

const DECISION_HINTS: Record<QuizDecision, string> = {
  Allow: "the request is allowed",
  ExplicitDeny: "a Deny statement applies",
  ImplicitDeny: "nothing denies it, but nothing (or not every required policy) allows it",
};

const choiceClass =
  "flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 px-3 py-2 has-checked:border-brand-600 has-checked:bg-brand-50 dark:border-slate-700 dark:has-checked:border-brand-400 dark:has-checked:bg-brand-950";

/** Radio list of a scenario's statements; `withNone` adds "no statement decides it" (value null). */
export function StatementPicker(props: { name: string; legend: string; statements: StatementChoice[]; value: string | null | undefined; withNone: boolean; onPick: (path: string | null) => void }) {
  const { name, legend, statements, value, withNone, onPick } = props;
  return (
    <fieldset className="mt-4">
      <legend className="mb-2 text-sm font-semibold">{legend}</legend>
      <ul className="space-y-2">
        {statements.map((s) => (
          <li key={s.path}>
            <label className={choiceClass}>
              <input type="radio" name={name} className="mt-1" checked={value === s.path} onChange={() => onPick(s.path)} />
              <span className="min-w-0 text-sm font-medium">
                {statementLabel(s)}
                <span className="muted block font-mono text-xs font-normal break-all">{s.path}</span>
              </span>
            </label>
          </li>
        ))}
        {withNone && (
          <li>
            <label className={choiceClass}>
              <input type="radio" name={name} className="mt-1" checked={value === null} onChange={() => onPick(null)} />
              <span className="text-sm font-medium">No statement decides it</span>
            </label>
          </li>
        )}
      </ul>
    </fieldset>
  );
}

/** Predict the decision: the scenario, then Allow / explicit deny / implicit deny (and the statement). */
export function PredictInput({ question, draft, onChange, disabled }: InputProps) {
  const { view, position } = question;
  if (view.type !== "predict") return null;
  const decision = draft?.decision as QuizDecision | undefined;
  return (
    <div>
      <ScenarioView scenario={view.scenario} />
      <fieldset disabled={disabled} className="mt-5">
        <legend className="mb-2 text-sm font-semibold">What does AWS decide?</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {view.choices.map((d) => (
            <label key={d} className={choiceClass}>
              <input type="radio" name={`q${position}-decision`} className="mt-1" checked={decision === d} onChange={() => onChange({ ...draft, decision: d })} />
              <span className="text-sm font-medium">
                {DECISION_NAMES[d]}
                <span className="muted block text-xs font-normal">{DECISION_HINTS[d]}</span>
              </span>
            </label>
          ))}
        </div>
        {view.askStatement && view.statements && (
          <StatementPicker
            name={`q${position}-statement`}
            legend="Which statement decides it?"
            statements={view.statements}
            value={draft?.statement as string | null | undefined}
            withNone
            onPick={(statement) => onChange({ ...draft, statement })}
          />
        )}
      </fieldset>
    </div>
  );
}

/** Spot the statement: the scenario, then a pick among its statements. */
export function SpotInput({ question, draft, onChange, disabled }: InputProps) {
  const { view, position } = question;
  if (view.type !== "spot") return null;
  return (
    <div>
      <ScenarioView scenario={view.scenario} />
      <fieldset disabled={disabled}>
        <StatementPicker
          name={`q${position}-spot`}
          legend="Which statement decides the outcome?"
          statements={view.statements}
          value={draft?.statement as string | undefined}
          withNone={false}
          onPick={(statement) => statement !== null && onChange({ statement })}
        />
      </fieldset>
    </div>
  );
}
