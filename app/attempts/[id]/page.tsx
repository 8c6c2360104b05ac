import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { getAttemptForRunner } from "@/lib/db/attempts";
import { submitAttempt } from "@/lib/db/quiz-submit";
import { AttemptRunner } from "@/app/components/quiz/attempt-runner";
import { presentQuestion, presentSaved } from "@/app/components/quiz/present";
import type { RunnerMeta } from "@/app/components/quiz/types";

export const metadata: Metadata = { title: "Quiz attempt" };

/**
 * Take an attempt. Only learner views (no keys, explanations or hidden cases) reach the browser;
 * grading only for answered questions of practice attempts. A submitted attempt shows its results;
 * one past its deadline is submitted with what was answered.
 */
export default async function AttemptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/attempts/${id}`);
  const at = now(await headers());
  const found = await getAttemptForRunner(user.id, id);
  if (!found.ok) notFound();
  const a = found.attempt;
  if (a.status === "SUBMITTED") redirect(`/attempts/${id}/results`);
  if (a.deadlineAt && at.getTime() > a.deadlineAt.getTime()) {
    await submitAttempt(user.id, id, at);
    redirect(`/attempts/${id}/results`);
  }
  const meta: RunnerMeta = {
    id: a.id,
    quizTitle: a.quizTitle,
    mode: a.mode,
    certainty: a.certainty,
    deadlineAt: a.deadlineAt?.toISOString() ?? null,
    serverNow: at.toISOString(),
    passMark: a.passMark,
  };
  const practice = a.mode === "PRACTICE";
  return (
    <div className="space-y-6">
      <div>
        <p className="muted text-sm">
          <Link href="/quizzes" className="underline">Quizzes</Link>
          {a.quizId && (
            <>
              {" / "}
              <Link href={`/quizzes/${a.quizId}`} className="underline">{a.quizTitle}</Link>
            </>
          )}
        </p>
        <h1 className="mt-1 text-2xl font-bold sm:text-3xl">{a.quizTitle}</h1>
        <p className="muted mt-1 text-sm">
          {practice ? "Practice mode: check each answer as you go, retry and ask why." : "Exam mode: no feedback until you submit."}
          {a.certainty && " Certainty-based marking is on."}
          {a.passMark !== null && ` Pass mark ${Math.round(a.passMark * 100)}%.`}
        </p>
      </div>
      <AttemptRunner meta={meta} questions={a.items.map(presentQuestion)} initial={a.items.map(presentSaved)} />
    </div>
  );
}
