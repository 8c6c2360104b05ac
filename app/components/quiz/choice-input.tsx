"use client";
import type { InputProps } from "./input-props";
import { plainText } from "./ticks";

const optionClass =
  "flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 px-3 py-2.5 has-checked:border-brand-600 has-checked:bg-brand-50 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800/60 dark:has-checked:border-brand-400 dark:has-checked:bg-brand-950";

/** Single choice (radio group) and multiple response (checkboxes). */
export function ChoiceInput({ question, draft, onChange, disabled }: InputProps) {
  const { view, position, textHtml } = question;
  if (view.type !== "single" && view.type !== "multiple") return null;
  const multiple = view.type === "multiple";
  const chosen = multiple ? ((draft?.choices as string[] | undefined) ?? []) : [];
  const choice = draft?.choice as string | undefined;
  const toggle = (id: string) => onChange({ choices: chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id] });
  return (
    <fieldset className="mt-4" disabled={disabled}>
      <legend className="mb-2 text-sm font-semibold">{multiple ? "Choose every correct answer" : "Choose one answer"}</legend>
      <ul className="space-y-2">
        {view.options.map((o) => (
          <li key={o.id}>
            <label className={optionClass}>
              <input
                type={multiple ? "checkbox" : "radio"}
                name={`q${position}-choice`}
                value={o.id}
                className="mt-1"
                checked={multiple ? chosen.includes(o.id) : choice === o.id}
                onChange={() => (multiple ? toggle(o.id) : onChange({ choice: o.id }))}
              />
              <span className="sr-only">{plainText(o.text)}</span>
              <span aria-hidden="true" className="quiz-prose min-w-0" dangerouslySetInnerHTML={{ __html: textHtml[o.id] ?? "" }} />
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** True or false, as a radio group. */
export function TrueFalseInput({ question, draft, onChange, disabled }: InputProps) {
  const answer = draft?.answer as boolean | undefined;
  return (
    <fieldset className="mt-4" disabled={disabled}>
      <legend className="mb-2 text-sm font-semibold">Is the statement true or false?</legend>
      <div className="flex flex-wrap gap-2">
        {[true, false].map((value) => (
          <label key={String(value)} className={`${optionClass} min-w-28`}>
            <input type="radio" name={`q${question.position}-tf`} checked={answer === value} onChange={() => onChange({ answer: value })} />
            <span>{value ? "True" : "False"}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
