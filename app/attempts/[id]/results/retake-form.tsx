"use client";
import { useActionState } from "react";
import { retakeMissedAction } from "@/app/attempts/actions";

/** "Retake only the ones I missed": starts a new attempt with those questions (fresh parameters). */
export function RetakeForm({ attemptId, missed }: { attemptId: string; missed: number }) {
  const [state, action, pending] = useActionState(retakeMissedAction, null);
  return (
    <form action={action} className="inline-flex flex-col gap-1">
      <input type="hidden" name="attemptId" value={attemptId} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Starting…" : `Retake only the ${missed} I missed`}
      </button>
      {state && !state.ok && (
        <span role="alert" className="text-sm text-red-700 dark:text-red-400">
          {state.message}
        </span>
      )}
    </form>
  );
}
