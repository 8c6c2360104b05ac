"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { TYPE_NAMES } from "@/app/components/quiz/decision-names";
import { FeedbackPanel } from "@/app/components/quiz/feedback-panel";
import { initialDraft, isComplete, QuestionInput } from "@/app/components/quiz/question-input";
import type { Draft } from "@/app/components/quiz/types";
import { gradeReviewAnswerAction, rateReviewCardAction } from "@/app/review/actions";
import type { RatingName } from "@/lib/review";
import { RatingButtons } from "./rating-buttons";
import type { ReviewGrade, ReviewItem } from "./types";

const EVALUATOR_TYPES = new Set(["predict", "spot"]);

/** The review session: answer a due card, see the server's verdict, rate it, next card. */
export function ReviewSession({ items, onRated }: { items: ReviewItem[]; onRated?: (dueIso: string) => void }) {
  const router = useRouter();
  const [index, setIndex] = useState(0);
  const item = items[index];
  const [draft, setDraft] = useState<Draft | undefined>(() => (items[0] ? initialDraft(items[0].question, null) : undefined));
  const [grade, setGrade] = useState<ReviewGrade | null>(null);
  const [explain, setExplain] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const [pending, startTransition] = useTransition();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (grade) document.getElementById("review-feedback")?.focus();
  }, [grade]);

  function check() {
    if (!item || !draft) return;
    setError("");
    startTransition(async () => {
      const r = await gradeReviewAnswerAction({ cardId: item.cardId, reps: item.reps, response: draft });
      if (!r.ok) return setError(r.message);
      setGrade(r.data);
      setStatus(r.data.feedback.correct ? "Correct. Now rate how well you knew it." : "Not quite. Read the explanation, then rate how well you knew it.");
    });
  }

  function rate(rating: RatingName) {
    if (!item) return;
    setError("");
    startTransition(async () => {
      const r = await rateReviewCardAction({ cardId: item.cardId, rating });
      if (!r.ok) return setError(r.message);
      onRated?.(r.data.due);
      const next = items[index + 1];
      setStatus(`Saved: next review in ${r.data.interval}.${next ? ` Card ${index + 2} of ${items.length}.` : " That was the last card due."}`);
      setIndex(index + 1);
      setDraft(next ? initialDraft(next.question, null) : undefined);
      setGrade(null);
      setExplain(false);
      window.setTimeout(() => heading.current?.focus(), 0);
    });
  }

  return (
    <section aria-labelledby="session-heading" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="session-heading" ref={heading} tabIndex={-1} className="text-xl font-semibold">
          {item ? `Card ${index + 1} of ${items.length}` : "Session complete"}
        </h2>
        {item ? (
          <span className="muted text-sm">
            {TYPE_NAMES[item.question.view.type]} · {item.stateLabel}
            {item.lapses > 0 ? ` · forgotten ${item.lapses} time${item.lapses === 1 ? "" : "s"}` : ""}
          </span>
        ) : null}
      </div>
      {item ? (
        <div role="progressbar" aria-label="Session progress" aria-valuemin={0} aria-valuemax={items.length} aria-valuenow={index} className="h-1.5 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
          <div className="h-full rounded-full bg-brand-600 transition-[width] dark:bg-brand-400" style={{ width: `${(index / items.length) * 100}%` }} />
        </div>
      ) : null}
      <p role="status" className="text-sm font-medium text-brand-800 empty:hidden dark:text-brand-200">
        {status}
      </p>

      {item ? (
        <div key={item.cardId} className="card min-w-0">
          <div className="quiz-prose" dangerouslySetInnerHTML={{ __html: item.question.promptHtml }} />
          <QuestionInput question={item.question} draft={draft} onChange={setDraft} disabled={grade !== null || pending} />
          {grade ? <FeedbackPanel question={item.question} feedback={grade.feedback} showTrace={explain} headingId="review-feedback" /> : null}
          <div className="mt-5 flex flex-wrap gap-2">
            {grade ? (
              EVALUATOR_TYPES.has(item.question.view.type) ? (
                <button type="button" className="btn-secondary" aria-expanded={explain} onClick={() => setExplain((e) => !e)}>
                  {explain ? "Hide the evaluation" : "Explain the evaluation"}
                </button>
              ) : null
            ) : (
              <button type="button" className="btn-primary" disabled={pending || !isComplete(item.question, draft)} onClick={check}>
                {pending ? "Checking…" : "Check answer"}
              </button>
            )}
          </div>
        </div>
      ) : (
        <div className="card space-y-3">
          <p>You have answered every card that was due. Well done.</p>
          <button type="button" className="btn-secondary" onClick={() => router.refresh()}>
            Check for more due cards
          </button>
        </div>
      )}

      {item && grade ? <RatingButtons intervals={grade.intervals} suggested={grade.suggested} disabled={pending} onRate={rate} /> : null}
      {error ? (
        <p role="alert" className="rounded-lg border-l-4 border-red-700 bg-red-50 p-3 text-sm text-red-900 dark:border-red-400 dark:bg-red-950/60 dark:text-red-100">
          {error}
        </p>
      ) : null}
    </section>
  );
}
