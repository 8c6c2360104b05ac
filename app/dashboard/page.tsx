import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { requireUser } from "@/lib/auth/session";
import { listLessonProgress } from "@/lib/db/progress";
import { QuizHistory } from "./quiz-history";

export const metadata: Metadata = { title: "Dashboard" };

async function LessonProgressList({ userId }: { userId: string }) {
  const lessons = await listLessonProgress(userId);
  if (lessons.length === 0) return <p className="muted">No lessons are published yet.</p>;
  const done = lessons.filter((l) => l.status === "COMPLETED").length;
  return (
    <>
      <p className="mb-4 text-sm">
        <strong>{done}</strong> of {lessons.length} lessons completed
      </p>
      <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Lesson progress">
        {lessons.map((l) => (
          <li key={l.slug} className="flex flex-wrap items-center gap-4 py-3">
            <span className="min-w-0 flex-1">
              <span className="block font-medium">{l.title}</span>
              <span className="muted text-xs">
                {l.status === "COMPLETED" ? "Completed" : l.status === "IN_PROGRESS" ? `${l.percent}% read` : "Not started"}
              </span>
            </span>
            <progress className="h-2 w-40 accent-brand-600" max={100} value={l.percent} aria-label={`${l.title} progress`} />
          </li>
        ))}
      </ul>
    </>
  );
}

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">Welcome back{user.name ? `, ${user.name}` : ""}</h1>
        <p className="muted mt-1">Your progress through the course.</p>
      </div>
      <section className="card" aria-labelledby="lessons-heading">
        <h2 id="lessons-heading" className="mb-4 text-lg font-semibold">
          Lessons
        </h2>
        <Suspense fallback={<p className="muted" role="status">Loading your progress…</p>}>
          <LessonProgressList userId={user.id} />
        </Suspense>
      </section>
      <section className="card" aria-labelledby="quizzes-heading">
        <h2 id="quizzes-heading" className="mb-4 text-lg font-semibold">
          Quizzes
        </h2>
        <Suspense fallback={<p className="muted" role="status">Loading your quiz history…</p>}>
          <QuizHistory userId={user.id} />
        </Suspense>
      </section>
      {user.role === "ADMIN" && (
        <p className="text-sm">
          <Link href="/admin/users" className="font-medium text-brand-700 underline dark:text-brand-300">
            Manage users
          </Link>
        </p>
      )}
    </div>
  );
}
