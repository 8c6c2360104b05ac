import Link from "next/link";
import { getQuizHistory } from "@/lib/db/quiz-history";

const pct = (r: number) => `${Math.round(r * 100)}%`;
const day = (d: Date | null) => d?.toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" }) ?? "";

/** Dashboard section: recent quiz attempts and scores per topic over all submitted attempts. */
export async function QuizHistory({ userId }: { userId: string }) {
  const { attempts, total, topics } = await getQuizHistory(userId);
  if (total === 0) {
    return (
      <p className="muted text-sm">
        No quizzes taken yet. <Link href="/quizzes" className="font-medium text-brand-700 underline dark:text-brand-300">Take a quiz</Link>
      </p>
    );
  }
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div>
        <h3 className="mb-2 text-sm font-semibold">Recent attempts ({total} in all)</h3>
        <ul className="divide-y divide-slate-200 dark:divide-slate-800">
          {attempts.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span className="min-w-0">
                <Link href={`/attempts/${a.id}/results`} className="font-medium hover:underline">
                  {a.quizTitle}
                  {a.retake ? " (retake)" : ""}
                </Link>
                <span className="muted block text-xs">
                  {a.mode === "EXAM" ? "Exam" : "Practice"} · {day(a.submittedAt)}
                  {a.expired ? " · time ran out" : ""}
                </span>
              </span>
              <span className="tabular-nums">
                <strong>{pct(a.ratio)}</strong>
                {a.passed !== null && <span className={a.passed ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}> {a.passed ? "passed" : "not passed"}</span>}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="mb-2 text-sm font-semibold">Score by topic</h3>
        <ul className="space-y-2" aria-label="Score by topic">
          {topics.map((t) => (
            <li key={t.topic} className="text-sm">
              <span className="flex justify-between gap-2">
                <span>{t.title}</span>
                <span className="tabular-nums">
                  {pct(t.ratio)} <span className="muted text-xs">({t.correct}/{t.answered})</span>
                </span>
              </span>
              <progress className="h-2 w-full accent-brand-600" max={1} value={t.ratio} aria-label={`${t.title} score`} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
