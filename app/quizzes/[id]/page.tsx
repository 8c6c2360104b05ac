import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { listUnfinishedAttempts } from "@/lib/db/attempts";
import { listQuizAttempts } from "@/lib/db/quiz-history";
import { getQuiz, getTopicTitles } from "@/lib/db/quizzes";
import { quizFacts } from "../quiz-card";
import { StartForm } from "./start-form";

export const metadata: Metadata = { title: "Start a quiz" };

const pct = (r: number) => `${Math.round(r * 100)}%`;

async function PastAttempts({ userId, quizId }: { userId: string; quizId: string }) {
  const attempts = await listQuizAttempts(userId, quizId);
  if (attempts.length === 0) return <p className="muted text-sm">You have not finished this quiz yet.</p>;
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800">
      {attempts.map((a) => (
        <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
          <span>
            <strong className="tabular-nums">{pct(a.ratio)}</strong>
            {a.passed !== null && <span className="muted"> · {a.passed ? "passed" : "not passed"}</span>}
            <span className="muted"> · {a.mode === "EXAM" ? "exam" : "practice"}{a.retake ? " · retake" : ""}{a.expired ? " · time ran out" : ""}</span>
          </span>
          <Link href={`/attempts/${a.id}/results`} className="font-medium text-brand-700 underline dark:text-brand-300">
            Results<span className="sr-only"> of the attempt submitted {a.submittedAt?.toISOString()}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Start page of a quiz: what it is, mode and certainty options, resume, and past attempts. */
export default async function QuizPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/quizzes/${id}`);
  const quiz = await getQuiz(id);
  if (!quiz) notFound();
  const [unfinished, topics] = await Promise.all([listUnfinishedAttempts(user.id, now(await headers()), quiz.id), getTopicTitles()]);
  const scope = quiz.config.topics?.map((t) => topics.get(t) ?? t).join(", ");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <p className="muted text-sm">
          <Link href="/quizzes" className="underline">Quizzes</Link>
        </p>
        <h1 className="mt-1 text-3xl font-bold">{quiz.title}</h1>
        <p className="muted mt-2">{quizFacts(quiz)}{scope ? ` · topic: ${scope}` : ""}</p>
        {quiz.kind === "EXAM" && <p className="mt-2 text-sm">Timed. Flag questions to come back to them; answers are saved as you go and the attempt is submitted when time runs out.</p>}
      </div>
      <StartForm quizId={quiz.id} exam={quiz.kind === "EXAM"} defaultMode="PRACTICE" resumeId={unfinished[0]?.id ?? null} />
      <section aria-labelledby="past-heading" className="card">
        <h2 id="past-heading" className="mb-2 text-lg font-semibold">Your past attempts</h2>
        <Suspense fallback={<p role="status" className="muted text-sm">Loading…</p>}>
          <PastAttempts userId={user.id} quizId={quiz.id} />
        </Suspense>
      </section>
    </div>
  );
}
