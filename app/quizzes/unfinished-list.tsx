import Link from "next/link";
import type { UnfinishedAttempt } from "@/lib/db/attempts";

const when = (d: Date) => d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Unfinished attempts with a "Resume" link each. */
export function UnfinishedList({ attempts }: { attempts: UnfinishedAttempt[] }) {
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800">
      {attempts.map((a) => (
        <li key={a.id} className="flex flex-wrap items-center gap-3 py-3">
          <span className="min-w-0 flex-1">
            <span className="block font-medium">{a.quizTitle}</span>
            <span className="muted text-xs">
              {a.mode === "EXAM" ? "Exam" : "Practice"} · {a.answered} of {a.total} answered · started {when(a.startedAt)} UTC
              {a.deadlineAt && ` · due ${when(a.deadlineAt)} UTC`}
            </span>
          </span>
          <Link href={`/attempts/${a.id}`} className="btn-primary" aria-label={`Resume ${a.quizTitle}`}>
            Resume
          </Link>
        </li>
      ))}
    </ul>
  );
}
