"use client";
import { useState, useSyncExternalStore, useTransition } from "react";
import { markLessonCompleteAction } from "@/app/lessons/actions";
import { updateProgress, useProgress } from "./progress-store";

const noop = () => () => {};
/** The URL's hash, on the client only. */
function useHash(): string | null {
  return useSyncExternalStore(noop, () => window.location.hash, () => null);
}

/** "Continue where you left off" when the reader has a saved section and arrived at the top. */
export function ResumeBanner({ slug, headings }: { slug: string; headings: { anchor: string; text: string }[] }) {
  const progress = useProgress();
  const hash = useHash();
  const [dismissed, setDismissed] = useState(false);
  if (progress.state !== "ready" || dismissed || hash === null || hash !== "") return null;
  const mine = progress.lessons[slug];
  const target = mine?.anchor ? headings.find((h) => h.anchor === mine.anchor) : undefined;
  if (!mine || !target || mine.completed || target.anchor === headings[0]?.anchor) return null;
  return (
    <div className="my-4 flex flex-wrap items-center gap-3 rounded-lg border border-brand-200 bg-brand-50 px-4 py-3 text-sm dark:border-brand-800 dark:bg-brand-950">
      <span>
        You were reading <strong>{target.text}</strong>.
      </span>
      <a className="btn-primary py-1.5" href={`#${target.anchor}`} onClick={() => setDismissed(true)}>
        Resume reading
      </a>
      <button type="button" className="text-brand-800 underline dark:text-brand-200" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}

/** "Completed" badge next to the title once the lesson is complete. */
export function LessonStatusBadge({ slug }: { slug: string }) {
  const progress = useProgress();
  const mine = progress.state === "ready" ? progress.lessons[slug] : undefined;
  if (!mine) return null;
  return mine.completed ? (
    <span className="inline-flex items-center gap-1 rounded-full bg-emerald-100 px-2.5 py-0.5 text-xs font-semibold text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">
      <span aria-hidden>✓</span> Completed
    </span>
  ) : (
    <span className="inline-flex rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-800 dark:bg-slate-800 dark:text-slate-200">{mine.percent}% read</span>
  );
}

/** "Mark as complete": a server action when signed in, localStorage otherwise. */
export function MarkCompleteButton({ slug }: { slug: string }) {
  const progress = useProgress();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState("");
  const ready = progress.state === "ready";
  const done = ready && progress.lessons[slug]?.completed === true;

  function complete() {
    start(async () => {
      if (ready && progress.signedIn) {
        const res = await markLessonCompleteAction({ slug });
        if (!res.ok) {
          setMessage(res.message);
          return;
        }
      }
      updateProgress(slug, { completed: true, percent: 100 });
      setMessage(ready && progress.signedIn ? "Lesson marked as complete." : "Lesson marked as complete on this device.");
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      {done ? (
        <p className="inline-flex items-center gap-2 font-semibold text-emerald-800 dark:text-emerald-300">
          <span aria-hidden>✓</span> You completed this lesson
        </p>
      ) : (
        <button type="button" className="btn-primary" onClick={complete} disabled={!ready || pending}>
          {pending ? "Saving…" : "Mark as complete"}
        </button>
      )}
      <span role="status" className="muted text-sm">
        {message}
      </span>
    </div>
  );
}
