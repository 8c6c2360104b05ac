"use client";
import Link from "next/link";
import { useActionState } from "react";
import { startAttemptAction } from "../actions";

type Props = { quizId: string; exam: boolean; defaultMode: "PRACTICE" | "EXAM"; resumeId: string | null };

const choice =
  "flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 px-3 py-2 has-checked:border-brand-600 has-checked:bg-brand-50 dark:border-slate-700 dark:has-checked:border-brand-400 dark:has-checked:bg-brand-950";

/** Start a quiz: mode (where the quiz allows it) and certainty-based marking; offers resume first. */
export function StartForm({ quizId, exam, defaultMode, resumeId }: Props) {
  const [state, action, pending] = useActionState(startAttemptAction, null);
  return (
    <form action={action} className="card space-y-5">
      <input type="hidden" name="quizId" value={quizId} />
      {!exam && (
        <fieldset>
          <legend className="mb-2 text-sm font-semibold">Mode</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            <label className={choice}>
              <input type="radio" name="mode" value="PRACTICE" defaultChecked={defaultMode === "PRACTICE"} className="mt-1" />
              <span className="text-sm font-medium">
                Practice
                <span className="muted block text-xs font-normal">Feedback after each answer, retry, and “explain why”.</span>
              </span>
            </label>
            <label className={choice}>
              <input type="radio" name="mode" value="EXAM" defaultChecked={defaultMode === "EXAM"} className="mt-1" />
              <span className="text-sm font-medium">
                Test yourself
                <span className="muted block text-xs font-normal">No feedback until you submit, like the exam.</span>
              </span>
            </label>
          </div>
        </fieldset>
      )}
      <label className="flex items-start gap-3 text-sm">
        <input type="checkbox" name="certainty" className="mt-1" />
        <span className="font-medium">
          Certainty-based marking
          <span className="muted block text-xs font-normal">Say how sure you are for each answer: right +1/+2/+3, wrong 0/−2/−6.</span>
        </span>
      </label>
      {resumeId && (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950/40" role="note">
          <p className="font-medium">You have an unfinished attempt of this quiz.</p>
          <p className="muted mt-1">Starting a new one submits the unfinished attempt as it is.</p>
          <input type="hidden" name="replace" value="on" />
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3">
        {resumeId && (
          <Link href={`/attempts/${resumeId}`} className="btn-primary">
            Resume unfinished attempt
          </Link>
        )}
        <button type="submit" className={resumeId ? "btn-secondary" : "btn-primary"} disabled={pending}>
          {pending ? "Drawing questions…" : resumeId ? "Start a new attempt" : "Start quiz"}
        </button>
        {state && !state.ok && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {state.message}
          </p>
        )}
      </div>
    </form>
  );
}
