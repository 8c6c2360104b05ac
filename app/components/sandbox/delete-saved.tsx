"use client";
import { useState, useTransition } from "react";
import { deleteSandboxScenarioAction } from "@/app/sandbox/actions";

/** Deletes one saved scenario (after a confirmation step). */
export function DeleteSaved({ id, name }: { id: string; name: string }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState("");
  const [pending, startTransition] = useTransition();

  if (!confirming) {
    return (
      <button type="button" className="btn-secondary px-2.5 py-1 text-xs" onClick={() => setConfirming(true)} aria-label={`Delete “${name}”`}>
        Delete
      </button>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        className="btn-danger px-2.5 py-1 text-xs"
        disabled={pending}
        aria-label={`Confirm: delete “${name}”`}
        onClick={() =>
          startTransition(async () => {
            const result = await deleteSandboxScenarioAction({ id });
            if (!result.ok) setError(result.message);
          })
        }
      >
        {pending ? "Deleting…" : "Confirm delete"}
      </button>
      <button type="button" className="btn-secondary px-2.5 py-1 text-xs" onClick={() => setConfirming(false)}>
        Keep
      </button>
      <span role="status" className="text-xs text-red-800 dark:text-red-300">
        {error}
      </span>
    </span>
  );
}
