"use client";
import { useRef } from "react";

/** Submit button with a confirmation dialog naming unanswered and flagged questions. */
export function SubmitDialog(props: { label: string; unanswered: number; flagged: number; pending: boolean; disabled: boolean; onSubmit: () => void }) {
  const { label, unanswered, flagged, pending, disabled, onSubmit } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className="btn-primary w-full" disabled={pending || disabled} onClick={() => dialog.current?.showModal()}>
        {pending ? "Submitting…" : label}
      </button>
      <dialog ref={dialog} aria-labelledby="submit-title" className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
        <h2 id="submit-title" className="text-lg font-semibold">
          Submit your answers?
        </h2>
        <ul className="mt-2 list-disc pl-5 text-sm">
          {unanswered > 0 && <li>{unanswered} {unanswered === 1 ? "question is" : "questions are"} not answered (they score 0).</li>}
          {flagged > 0 && <li>{flagged} flagged for review.</li>}
          <li>You cannot change answers after submitting.</li>
        </ul>
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" className="btn-secondary" onClick={() => dialog.current?.close()}>
            Keep working
          </button>
          <button
            type="button"
            className="btn-primary"
            onClick={() => {
              dialog.current?.close();
              onSubmit();
            }}
          >
            Submit now
          </button>
        </div>
      </dialog>
    </>
  );
}
