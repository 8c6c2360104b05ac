import type { Metadata } from "next";
import { headers } from "next/headers";
import { Suspense } from "react";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { listUnfinishedAttempts } from "@/lib/db/attempts";
import { finalizeExpiredAttempts } from "@/lib/db/quiz-submit";
import { listQuizzes, type QuizWithScores } from "@/lib/db/quizzes";
import { QuizCard } from "./quiz-card";
import { trackTitles } from "./tracks";
import { UnfinishedList } from "./unfinished-list";

export const metadata: Metadata = { title: "Quizzes" };

async function Unfinished({ userId, at }: { userId: string; at: Date }) {
  await finalizeExpiredAttempts(userId, at);
  const attempts = await listUnfinishedAttempts(userId, at);
  if (attempts.length === 0) return null;
  return (
    <section aria-labelledby="unfinished-heading" className="card">
      <h2 id="unfinished-heading" className="text-lg font-semibold">Unfinished attempts</h2>
      <UnfinishedList attempts={attempts} />
    </section>
  );
}

function Group({ id, title, intro, quizzes, level = 2 }: { id: string; title: string; intro?: string; quizzes: QuizWithScores[]; level?: 2 | 3 }) {
  if (quizzes.length === 0) return null;
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={id}>
      <Heading id={id} className={level === 2 ? "text-xl font-semibold" : "text-base font-semibold"}>{title}</Heading>
      {intro && <p className="muted mt-1 text-sm">{intro}</p>}
      <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {quizzes.map((q) => <QuizCard key={q.id} quiz={q} headingLevel={level === 2 ? 3 : 4} />)}
      </ul>
    </section>
  );
}

async function QuizList({ userId }: { userId: string }) {
  const quizzes = await listQuizzes(userId);
  const tracks = trackTitles();
  const topicQuizzes = quizzes.filter((q) => q.kind === "TOPIC");
  return (
    <div className="space-y-10">
      <Group id="exams" title="Exam simulation" intro="Timed, weighted like the exam, no feedback until you submit." quizzes={quizzes.filter((q) => q.kind === "EXAM")} />
      <Group id="practice" title="Practice" intro="Questions from every topic, with feedback after each answer." quizzes={quizzes.filter((q) => q.kind === "PRACTICE")} />
      <div className="space-y-8">
        <h2 className="text-xl font-semibold">Topic quizzes</h2>
        {[...tracks].map(([track, title]) => (
          <Group key={track} id={`track-${track}`} level={3} title={title} quizzes={topicQuizzes.filter((q) => q.track === track)} />
        ))}
      </div>
    </div>
  );
}

/** Every quiz (exams, practice, topic quizzes by track) with the user's scores, and unfinished attempts to resume. */
export default async function QuizzesPage() {
  const user = await requireUser("/quizzes");
  const at = now(await headers());
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">Quizzes</h1>
        <p className="muted mt-1">Questions are drawn at random, the ones you have not seen first. Grading happens on the server.</p>
      </div>
      <Suspense fallback={null}>
        <Unfinished userId={user.id} at={at} />
      </Suspense>
      <Suspense fallback={<p role="status" className="muted">Loading quizzes…</p>}>
        <QuizList userId={user.id} />
      </Suspense>
    </div>
  );
}
