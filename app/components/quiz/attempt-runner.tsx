"use client";
import { AttemptTimer } from "./attempt-timer";
import { QuestionCard } from "./question-card";
import { QuestionNavigator } from "./question-navigator";
import { SubmitDialog } from "./submit-dialog";
import type { RunnerMeta, RunnerQuestion, SavedAnswer } from "./types";
import { useAttemptRunner } from "./use-attempt-runner";

/**
 * The take page: the current question, a question navigator, the timer of timed attempts and
 * submission. Exam mode shows no feedback until submission; practice mode grades each answer.
 */
export function AttemptRunner({ meta, questions, initial }: { meta: RunnerMeta; questions: RunnerQuestion[]; initial: SavedAnswer[] }) {
  const state = useAttemptRunner(meta, questions, initial);
  const question = questions[state.current];
  const answered = state.saved.filter((s) => s.answered).length;
  const flagged = state.saved.filter((s) => s.flagged).length;
  const practice = meta.mode === "PRACTICE";
  const navStates = state.saved.map((s) => ({ answered: s.answered, flagged: s.flagged, correct: practice && s.feedback ? s.feedback.correct : null }));
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_17rem]">
      <div className="order-2 min-w-0 lg:order-1">{question && <QuestionCard key={question.position} meta={meta} question={question} total={questions.length} state={state} />}</div>
      <aside aria-label="Attempt progress" className="card order-1 space-y-4 lg:sticky lg:top-20 lg:order-2">
        {meta.deadlineAt && <AttemptTimer deadlineAt={meta.deadlineAt} serverNow={meta.serverNow} onExpire={state.expire} />}
        <div>
          <p className="text-sm font-medium">
            {answered} of {questions.length} answered{flagged > 0 ? ` · ${flagged} flagged` : ""}
          </p>
          <progress className="mt-1 h-2 w-full accent-brand-600" max={questions.length} value={answered} aria-label="Questions answered" />
        </div>
        <QuestionNavigator states={navStates} current={state.current} onGo={(i) => void state.goTo(i)} disabled={state.busy !== null || !state.ready} />
        <SubmitDialog label={practice ? "Finish and see results" : "Submit answers"} unanswered={questions.length - answered} flagged={flagged} pending={state.busy === "submit"} disabled={!state.ready} onSubmit={() => void state.submit()} />
        <p role="status" aria-live="polite" className="min-h-5 text-sm">
          {state.status}
        </p>
      </aside>
    </div>
  );
}
