import type { Metadata } from "next";
import Link from "next/link";
import { InlineMarkdown } from "@/app/components/lesson/inline-markdown";
import { GroupProgress, LessonProgressBadge } from "@/app/components/lesson/lesson-progress-badge";
import { getTopics, listLessons } from "./lesson-data";

export const metadata: Metadata = {
  title: "Lessons",
  description: "Sixteen lessons on AWS IAM, from identities to privilege escalation, each with live examples and a self-check.",
};

export default function LessonsPage() {
  const lessons = listLessons();
  const { tracks } = getTopics();
  const all = lessons.map((l) => l.frontmatter.slug);
  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Lessons</h1>
        </div>
        <p className="muted max-w-2xl text-lg">
          Read a lesson, run its examples against the evaluator, and finish with a short self-check. Your progress is saved to your account when you are
          signed in, and on this device when you are not.
        </p>
        <GroupProgress slugs={all} label="Course" />
      </header>
      {tracks.map((track) => {
        const items = lessons.filter((l) => l.frontmatter.track === track.id);
        if (items.length === 0) return null;
        const headingId = `track-${track.id}`;
        return (
          <section key={track.id} aria-labelledby={headingId} className="space-y-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 pb-2 dark:border-slate-800">
              <h2 id={headingId} className="text-xl font-semibold">{track.title}</h2>
              <GroupProgress slugs={items.map((l) => l.frontmatter.slug)} label={track.title} />
            </div>
            <ol className="grid gap-4 md:grid-cols-2">
              {items.map(({ frontmatter: fm }) => (
                <li key={fm.slug} className="card flex flex-col gap-3">
                  <div className="flex items-baseline gap-3">
                    <span className="font-mono text-sm text-slate-600 dark:text-slate-400" aria-hidden>
                      {String(fm.order).padStart(2, "0")}
                    </span>
                    <h3 className="text-lg leading-snug font-semibold">
                      <Link href={`/lessons/${fm.slug}`} className="hover:text-brand-700 hover:underline dark:hover:text-brand-300">
                        {fm.title}
                      </Link>
                    </h3>
                  </div>
                  <p className="muted flex-1 text-sm">
                    <InlineMarkdown text={fm.summary} />
                  </p>
                  <p className="muted text-xs">{fm.minutes} min read</p>
                  <LessonProgressBadge slug={fm.slug} title={fm.title} />
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
