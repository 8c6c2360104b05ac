"use client";
import { useActionState } from "react";
import { resolveReportAction } from "./actions";

/** Marks a report resolved (or reopens it). */
export function ResolveButton({ reportId, resolved, label }: { reportId: string; resolved: boolean; label: string }) {
  const [state, action, pending] = useActionState(resolveReportAction, null);
  return (
    <form action={action} className="flex items-center gap-3">
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="resolved" value={resolved ? "false" : "true"} />
      <button type="submit" className={resolved ? "btn-secondary" : "btn-primary"} disabled={pending} aria-label={`${resolved ? "Reopen" : "Mark resolved"}: ${label}`}>
        {pending ? "Saving…" : resolved ? "Reopen" : "Mark resolved"}
      </button>
      <span role="status" className={`text-sm ${state && !state.ok ? "text-red-700 dark:text-red-400" : "text-emerald-700 dark:text-emerald-400"}`}>
        {state?.message}
      </span>
    </form>
  );
}
