"use client";
import { useState, useTransition } from "react";
import { gradeSelfCheckPublicAction, submitSelfCheckAction } from "@/app/lessons/actions";
import { updateProgress, useProgress } from "./progress-store";
import { SelfCheckQuestionView } from "./self-check-question";
import type { SelfCheckAnswer, SelfCheckOutcome, SelfCheckQuestion } from "./self-check-types";

/**
 * The lesson's self-check. Holds only the learner view of each question; answers are graded by a
 * server action (saved for signed-in readers, graded without saving otherwise). Passing every
 * question marks the lesson complete.
 */
export function SelfCheck({ lessonSlug, questions }: { lessonSlug: string; questions: SelfCheckQuestion[] }) {
  const progress = useProgress();
  const [answers, setAnswers] = useState<Record<string, SelfCheckAnswer>>({});
  const [outcome, setOutcome] = useState<SelfCheckOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const signedIn = progress.state === "ready" && progress.signedIn;
  const unanswered = questions.filter((q) => answers[q.id] === undefined).length;

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    startTransition(async () => {
      const input = { slug: lessonSlug, answers };
      let res = signedIn ? await submitSelfCheckAction(input) : await gradeSelfCheckPublicAction(input);
      if (!res.ok && signedIn && res.message === "Sign in to do that") res = await gradeSelfCheckPublicAction(input);
      if (!res.ok) {
        setError(res.message);
        return;
      }
      setOutcome(res.data);
      if (res.data.passed) updateProgress(lessonSlug, { completed: true, percent: 100 });
    });
  }

  function retry() {
    setOutcome(null);
    setAnswers({});
  }

  const correct = outcome?.results.filter((r) => r.correct).length ?? 0;
  return (
    <form onSubmit={submit} aria-label="Self-check" className="my-6 space-y-4">
      {questions.map((q, i) => (
        <SelfCheckQuestionView
          key={q.id}
          q={q}
          index={i}
          answer={answers[q.id]}
          onAnswer={(a) => setAnswers((prev) => ({ ...prev, [q.id]: a }))}
          result={outcome?.results.find((r) => r.id === q.id)}
          disabled={pending || outcome !== null}
        />
      ))}
      <div role="status" className="min-h-6 text-sm">
        {error ? <p className="text-red-800 dark:text-red-200">{error}</p> : null}
        {outcome ? (
          <p className={`font-semibold ${outcome.passed ? "text-emerald-900 dark:text-emerald-200" : ""}`}>
            <span aria-hidden>{outcome.passed ? "✓ " : ""}</span>
            {correct} of {outcome.results.length} correct.{" "}
            {outcome.passed
              ? signedIn
                ? "Self-check passed: lesson marked complete."
                : "Self-check passed: lesson marked complete on this device. Sign in to keep it in your account."
              : "Read the feedback, then try again."}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-3">
        {outcome ? (
          <button type="button" className="btn-secondary" onClick={retry}>
            Try again
          </button>
        ) : (
          <button type="submit" className="btn-primary" disabled={pending || unanswered > 0 || progress.state === "loading"}>
            {pending ? "Checking…" : "Check my answers"}
          </button>
        )}
        {!outcome && unanswered > 0 ? <span className="muted self-center text-sm">{unanswered} question{unanswered === 1 ? "" : "s"} left to answer</span> : null}
      </div>
    </form>
  );
}
