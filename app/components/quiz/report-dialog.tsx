"use client";
import { useActionState, useRef } from "react";
import { reportQuestionAction } from "@/app/attempts/actions";

/** "Report a problem with this question": a dialog storing the message with the version and answer. */
export function ReportDialog({ attemptId, position, answer }: { attemptId: string; position: number; answer: unknown }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, action, pending] = useActionState(reportQuestionAction, null);
  const id = `report-${position}`;
  return (
    <>
      <button type="button" className="text-sm font-medium text-brand-700 underline dark:text-brand-300" onClick={() => dialog.current?.showModal()}>
        Report a problem with this question
      </button>
      <dialog ref={dialog} aria-labelledby={`${id}-title`} className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Report a problem with question {position + 1}
        </h2>
        <p className="muted mt-1 text-sm">Instructors see your message with this version of the question and your current answer.</p>
        <form action={action} className="mt-3 space-y-3">
          <input type="hidden" name="attemptId" value={attemptId} />
          <input type="hidden" name="position" value={position} />
          <input type="hidden" name="answer" value={answer === undefined ? "" : JSON.stringify(answer)} />
          <div>
            <label htmlFor={`${id}-message`} className="label">
              What is wrong?
            </label>
            <textarea id={`${id}-message`} name="message" required minLength={5} maxLength={2000} rows={4} className="input" />
          </div>
          <p role="status" className={`text-sm ${state?.ok ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}`}>
            {state && (state.ok ? state.message : (state.fieldErrors?.message?.[0] ?? state.message))}
          </p>
          <div className="flex justify-end gap-2">
            <button type="button" className="btn-secondary" onClick={() => dialog.current?.close()}>
              {state?.ok ? "Close" : "Cancel"}
            </button>
            <button type="submit" className="btn-primary" disabled={pending || state?.ok === true}>
              {pending ? "Sending…" : "Send report"}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
