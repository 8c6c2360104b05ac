import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getTopicTitles } from "@/lib/db/quizzes";
import { getAttemptResults, type AttemptResults } from "@/lib/db/quiz-results";
import { buildReview } from "./review";
import { RetakeForm } from "./retake-form";
import { ReviewItem } from "./review-item";
import { ScoreTable } from "./score-table";

export const metadata: Metadata = { title: "Quiz results" };

const pct = (r: number) => `${Math.round(r * 100)}%`;
const minutes = (ms: number) => (ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`);

function Summary({ r }: { r: AttemptResults }) {
  const s = r.summary;
  return (
    <section aria-labelledby="score-heading" className="card">
      <h2 id="score-heading" className="sr-only">Your score</h2>
      <div className="flex flex-wrap items-end gap-x-6 gap-y-2">
        <p className="text-5xl font-bold tabular-nums">{pct(s.ratio)}</p>
        <p className="pb-1 text-sm">
          {Number(r.score.toFixed(2))} of {r.maxScore} points
        </p>
        {r.passed !== null && (
          <p className={`rounded-full px-3 py-1 text-sm font-semibold ${r.passed ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200" : "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200"}`}>
            {r.passed ? "Passed" : "Not passed"} (pass mark {pct(s.passMark ?? 0)})
          </p>
        )}
      </div>
      {r.expired && <p className="mt-3 text-sm font-medium text-amber-800 dark:text-amber-300">Time ran out: the answers you had saved were submitted.</p>}
      <dl className="mt-4 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        {[
          ["Answered", `${s.answered} of ${s.total}`],
          ["Correct", `${s.correct}`],
          ["Flagged", `${s.flagged}`],
          ["Time spent", minutes(s.timeSpentMs)],
        ].map(([k, v]) => (
          <div key={k}>
            <dt className="muted">{k}</dt>
            <dd className="text-lg font-semibold tabular-nums">{v}</dd>
          </div>
        ))}
      </dl>
      {s.certainty && (
        <p className="mt-4 text-sm">
          Certainty-based marks: <strong className="tabular-nums">{s.certainty.points > 0 ? "+" : ""}{s.certainty.points}</strong> of a possible {s.certainty.max}{" "}
          <span className="muted">(right +1/+2/+3, wrong 0/−2/−6 by how sure you were)</span>
        </p>
      )}
    </section>
  );
}

/** Results of a submitted attempt: score, pass mark, scores by topic and domain, and a review of every question. */
export default async function ResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/attempts/${id}/results`);
  const found = await getAttemptResults(user.id, id);
  if (!found.ok && found.code === "ATTEMPT_IN_PROGRESS") redirect(`/attempts/${id}`);
  if (!found.ok) notFound();
  const r = found.results;
  const topics = await getTopicTitles();
  const review = buildReview(r.items, r.certainty);
  const missed = r.items.filter((i) => i.correct !== true).length;
  return (
    <div className="space-y-6">
      <div>
        <p className="muted text-sm">
          <Link href="/quizzes" className="underline">Quizzes</Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold sm:text-3xl">Results: {r.quizTitle}</h1>
        <p className="muted mt-1 text-sm">
          {r.mode === "EXAM" ? "Exam mode" : "Practice mode"}
          {r.summary.retakeOf ? " · retake of missed questions" : ""}
          {r.submittedAt ? ` · submitted ${r.submittedAt.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC` : ""}
        </p>
      </div>
      <Summary r={r} />
      <div className="flex flex-wrap items-start gap-3">
        {missed > 0 && <RetakeForm attemptId={r.id} missed={missed} />}
        {r.quizId && <Link href={`/quizzes/${r.quizId}`} className="btn-secondary">Take this quiz again</Link>}
        <Link href="/quizzes" className="btn-secondary">All quizzes</Link>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <ScoreTable caption="Score by topic" groups={r.summary.byTopic} name={(k) => topics.get(k) ?? k} />
        <ScoreTable caption="Score by exam domain" groups={r.summary.byDomain} name={(k) => k} />
      </div>
      <section aria-labelledby="review-heading" className="space-y-4">
        <h2 id="review-heading" className="text-xl font-semibold">Review every question</h2>
        {review.map((entry) => (
          <ReviewItem key={entry.item.position} entry={entry} />
        ))}
      </section>
    </div>
  );
}
