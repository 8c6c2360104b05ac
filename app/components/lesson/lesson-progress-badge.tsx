"use client";
import { useProgress } from "./progress-store";

/** Progress of one lesson on the lesson list: a bar and a status in words. */
export function LessonProgressBadge({ slug, title }: { slug: string; title: string }) {
  const progress = useProgress();
  if (progress.state === "loading") return <span className="block h-2 w-full animate-pulse rounded bg-slate-100 dark:bg-slate-800" aria-hidden />;
  const mine = progress.lessons[slug];
  const percent = mine?.completed ? 100 : (mine?.percent ?? 0);
  const label = mine?.completed ? "Completed" : mine ? `${percent}% read` : "Not started";
  return (
    <span className="flex items-center gap-3 text-xs">
      <progress className="h-2 flex-1 accent-brand-600" max={100} value={percent} aria-label={`${title} progress`} />
      <span className={`shrink-0 font-medium ${mine?.completed ? "text-emerald-800 dark:text-emerald-300" : "text-slate-700 dark:text-slate-300"}`}>
        {mine?.completed ? <span aria-hidden>✓ </span> : null}
        {label}
      </span>
    </span>
  );
}

/** "n of m completed" for a group of lessons (a track, or the course). */
export function GroupProgress({ slugs, label }: { slugs: string[]; label: string }) {
  const progress = useProgress();
  if (progress.state === "loading") return <span className="muted text-sm">Loading progress…</span>;
  const done = slugs.filter((s) => progress.lessons[s]?.completed).length;
  return (
    <span className="flex items-center gap-3 text-sm">
      <progress className="h-2 w-32 accent-brand-600" max={slugs.length} value={done} aria-label={`${label} progress`} />
      <span>
        {done} of {slugs.length} completed
      </span>
    </span>
  );
}
