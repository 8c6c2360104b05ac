"use client";
import { useEffect, useState } from "react";
import { CertaintyPicker } from "./certainty-picker";
import { TYPE_NAMES } from "./decision-names";
import { FeedbackPanel } from "./feedback-panel";
import { isComplete, QuestionInput } from "./question-input";
import { ReportDialog } from "./report-dialog";
import type { RunnerMeta, RunnerQuestion } from "./types";
import type { AttemptRunnerState } from "./use-attempt-runner";

const EVALUATOR_TYPES = new Set(["predict", "spot"]);

/** One question of the take page: prompt, controls, certainty, feedback (practice) and actions. */
export function QuestionCard({ meta, question, total, state }: { meta: RunnerMeta; question: RunnerQuestion; total: number; state: AttemptRunnerState }) {
  const i = question.position;
  const saved = state.saved[i];
  const practice = meta.mode === "PRACTICE";
  const feedback = practice && !state.retrying[i] ? (saved?.feedback ?? null) : null;
  const locked = feedback !== null || state.busy === "submit" || !state.ready;
  const [explain, setExplain] = useState(false);
  const headingId = `q${i}-title`;
  const feedbackId = `q${i}-feedback`;
  useEffect(() => {
    if (feedback && state.status) document.getElementById(feedbackId)?.focus();
    // Focus the feedback heading only when new feedback arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [feedback]);
  const canSave = isComplete(question, state.drafts[i]) && state.busy === null && !locked;
  return (
    <section aria-labelledby={headingId} className="card min-w-0">
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          Question {i + 1} of {total}
        </h2>
        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium dark:bg-slate-800">{TYPE_NAMES[question.view.type]}</span>
        {saved?.flagged && <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-200">Flagged for review</span>}
        {!practice && saved?.answered && !state.dirty[i] && <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800 dark:bg-brand-950 dark:text-brand-200">Saved</span>}
      </div>
      <div className="quiz-prose" dangerouslySetInnerHTML={{ __html: question.promptHtml }} />
      <QuestionInput question={question} draft={state.drafts[i]} onChange={(d) => state.change(i, d)} disabled={locked} error={question.view.type === "write" ? state.errors[i] : null} />
      {meta.certainty && <CertaintyPicker name={`q${i}-certainty`} value={state.certainties[i] ?? null} onChange={(v) => state.setCertainty(i, v)} disabled={locked} />}
      {state.errors[i] && question.view.type !== "write" && (
        <p role="alert" className="mt-3 text-sm font-medium text-red-700 dark:text-red-400">
          {state.errors[i]}
        </p>
      )}
      {feedback && <FeedbackPanel question={question} feedback={feedback} showTrace={explain} headingId={feedbackId} />}
      <div className="mt-5 flex flex-wrap items-center gap-2">
        {!feedback && (
          <button type="button" className="btn-primary" disabled={!canSave} onClick={() => void state.save(i)}>
            {state.busy === "save" ? (practice ? "Checking…" : "Saving…") : practice ? "Check answer" : "Save answer"}
          </button>
        )}
        {feedback && (
          <button type="button" className="btn-secondary" onClick={() => state.retry(i)}>
            Try again
          </button>
        )}
        {feedback && EVALUATOR_TYPES.has(question.view.type) && (
          <button type="button" className="btn-secondary" aria-expanded={explain} onClick={() => setExplain((e) => !e)}>
            {explain ? "Hide the trace" : "Explain why"}
          </button>
        )}
        <button type="button" className="btn-secondary" aria-pressed={saved?.flagged ?? false} disabled={state.busy !== null || !state.ready} onClick={() => void state.toggleFlag(i)}>
          <span aria-hidden="true">⚑</span> Flag for review
        </button>
      </div>
      <QuestionFooter meta={meta} i={i} total={total} state={state} />
    </section>
  );
}

/** Previous / next and "report a problem" under a question. */
function QuestionFooter({ meta, i, total, state }: { meta: RunnerMeta; i: number; total: number; state: AttemptRunnerState }) {
  const idle = state.busy === null && state.ready;
  return (
    <div className="mt-4 flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
      <div className="flex gap-2">
        <button type="button" className="btn-secondary" disabled={i === 0 || !idle} onClick={() => void state.goTo(i - 1)}>
          Previous question
        </button>
        <button type="button" className="btn-secondary" disabled={i === total - 1 || !idle} onClick={() => void state.goTo(i + 1)}>
          Next question
        </button>
      </div>
      <ReportDialog attemptId={meta.id} position={i} answer={state.drafts[i]} />
    </div>
  );
}
