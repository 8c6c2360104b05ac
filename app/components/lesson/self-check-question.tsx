"use client";
import type { SelfCheckAnswer, SelfCheckQuestion, SelfCheckResult } from "./self-check-types";
import "./lesson-ui.css";

const DECISION_LABEL: Record<string, string> = { Allow: "Allow", ExplicitDeny: "Explicit deny", ImplicitDeny: "Implicit deny" };

interface Props {
  q: SelfCheckQuestion;
  index: number;
  answer: SelfCheckAnswer | undefined;
  onAnswer: (a: SelfCheckAnswer) => void;
  result?: SelfCheckResult;
  disabled: boolean;
}

function Choice({ type, name, value, checked, onChange, disabled, html }: { type: "radio" | "checkbox"; name: string; value: string; checked: boolean; onChange: () => void; disabled: boolean; html: string }) {
  return (
    // The label's text is the option's rendered Markdown (inserted as HTML), which lint cannot see.
    // eslint-disable-next-line jsx-a11y/label-has-associated-control
    <label className="lx-choice">
      <input type={type} name={name} value={value} checked={checked} onChange={onChange} disabled={disabled} className="lx-choice-input" />
      <span className="lx-choice-text" dangerouslySetInnerHTML={{ __html: html }} />
    </label>
  );
}

function Inputs({ q, answer, onAnswer, disabled }: Omit<Props, "index" | "result">) {
  const name = `sc-${q.id}`;
  const a = (answer ?? {}) as Record<string, unknown>;
  switch (q.type) {
    case "single":
      return <>{q.options?.map((o) => <Choice key={o.id} type="radio" name={name} value={o.id} html={o.html} checked={a.choice === o.id} disabled={disabled} onChange={() => onAnswer({ choice: o.id })} />)}</>;
    case "multiple": {
      const chosen = Array.isArray(a.choices) ? (a.choices as string[]) : [];
      const toggle = (id: string) => onAnswer({ choices: chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id] });
      return <>{q.options?.map((o) => <Choice key={o.id} type="checkbox" name={name} value={o.id} html={o.html} checked={chosen.includes(o.id)} disabled={disabled} onChange={() => toggle(o.id)} />)}</>;
    }
    case "truefalse":
      return (
        <>
          <Choice type="radio" name={name} value="true" html="True" checked={a.answer === true} disabled={disabled} onChange={() => onAnswer({ answer: true })} />
          <Choice type="radio" name={name} value="false" html="False" checked={a.answer === false} disabled={disabled} onChange={() => onAnswer({ answer: false })} />
        </>
      );
    case "fill":
      return (
        <label className="block">
          <span className="label">Your answer{q.unit ? ` (${q.unit})` : ""}</span>
          <input className="input max-w-xs" inputMode={q.input === "number" ? "decimal" : "text"} value={typeof a.text === "string" ? a.text : ""} disabled={disabled} onChange={(e) => onAnswer({ text: e.target.value })} autoComplete="off" />
        </label>
      );
    case "predict":
      return (
        <>
          {q.choices?.map((c) => <Choice key={c} type="radio" name={name} value={c} html={DECISION_LABEL[c] ?? c} checked={a.decision === c} disabled={disabled} onChange={() => onAnswer({ ...a, decision: c })} />)}
          {q.askStatement && q.statements ? (
            <label className="block">
              <span className="label">Which statement decided it?</span>
              <select className="input" value={typeof a.statement === "string" ? a.statement : ""} disabled={disabled} onChange={(e) => onAnswer({ ...a, statement: e.target.value || null })}>
                <option value="">No statement (implicit deny)</option>
                {q.statements.map((s) => <option key={s.path} value={s.path}>{`${s.label} — ${s.path}`}</option>)}
              </select>
            </label>
          ) : null}
        </>
      );
    case "spot":
      return <>{q.statements?.map((s) => <Choice key={s.path} type="radio" name={name} value={s.path} html={`${s.label} <code>${s.path}</code>`} checked={a.statement === s.path} disabled={disabled} onChange={() => onAnswer({ statement: s.path })} />)}</>;
    case "ordering": {
      const order = Array.isArray(a.order) ? (a.order as string[]) : (q.items ?? []).map((i) => i.id);
      const move = (i: number, d: number) => {
        const next = [...order];
        const [item] = next.splice(i, 1);
        if (item !== undefined) next.splice(i + d, 0, item);
        onAnswer({ order: next });
      };
      return (
        <ol className="space-y-2">
          {order.map((id, i) => (
            <li key={id} className="flex items-center gap-2 rounded-lg border border-slate-200 px-3 py-2 dark:border-slate-700">
              <span className="flex-1" dangerouslySetInnerHTML={{ __html: q.items?.find((x) => x.id === id)?.html ?? id }} />
              <button type="button" className="btn-secondary px-2 py-1" disabled={disabled || i === 0} onClick={() => move(i, -1)} aria-label={`Move item ${i + 1} up`}>↑</button>
              <button type="button" className="btn-secondary px-2 py-1" disabled={disabled || i === order.length - 1} onClick={() => move(i, 1)} aria-label={`Move item ${i + 1} down`}>↓</button>
            </li>
          ))}
        </ol>
      );
    }
    default:
      return <p className="muted text-sm">This question type is answered in the quizzes.</p>;
  }
}

/** One self-check question: prompt, inputs and, after submitting, the server's verdict. */
export function SelfCheckQuestionView({ q, index, answer, onAnswer, result, disabled }: Props) {
  return (
    <fieldset className="rounded-xl border border-slate-200 p-4 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold">Question {index + 1}</legend>
      <div className="quiz-prose lx-prompt" dangerouslySetInnerHTML={{ __html: q.promptHtml }} />
      {q.scenarioHtml ? <div className="mb-3 max-h-96 overflow-auto" dangerouslySetInnerHTML={{ __html: q.scenarioHtml }} /> : null}
      <div className="space-y-2">
        <Inputs q={q} answer={answer} onAnswer={onAnswer} disabled={disabled} />
      </div>
      {result ? (
        <div className={`mt-3 rounded-lg border-l-4 p-3 text-sm ${result.correct ? "border-emerald-700 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/60" : "border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950/60"}`}>
          <p className="font-semibold">
            <span aria-hidden>{result.correct ? "✓ " : "✗ "}</span>
            {result.correct ? "Correct" : result.score > 0 ? "Partly right" : "Not quite"}
            {result.error ? `: ${result.error}` : ""}
          </p>
          {result.feedbackHtml ? <div className="[&_p]:my-1 [&_ul]:list-disc [&_ul]:pl-5" dangerouslySetInnerHTML={{ __html: result.feedbackHtml }} /> : null}
          {result.explanationHtml ? <div className="mt-2 border-t border-slate-300 pt-2 dark:border-slate-600 [&_p]:my-1" dangerouslySetInnerHTML={{ __html: result.explanationHtml }} /> : null}
          {result.source ? (
            <p className="mt-1">
              <a className="text-brand-700 underline dark:text-brand-300" href={result.source}>AWS documentation</a>
            </p>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}
