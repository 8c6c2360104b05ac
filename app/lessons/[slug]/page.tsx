import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InlineMarkdown } from "@/app/components/lesson/inline-markdown";
import { LessonContent } from "@/app/components/lesson/lesson-content";
import { LessonStatusBadge, MarkCompleteButton, ResumeBanner } from "@/app/components/lesson/lesson-progress-controls";
import { Objectives } from "@/app/components/lesson/objectives";
import { PrevNext } from "@/app/components/lesson/prev-next";
import { ReadingProgress } from "@/app/components/lesson/reading-progress";
import { TableOfContents } from "@/app/components/lesson/table-of-contents";
import { getLesson, getLessonHeadings, getNeighbours, getTopics, listLessons } from "../lesson-data";

export const dynamicParams = false;

export function generateStaticParams() {
  return listLessons().map((l) => ({ slug: l.frontmatter.slug }));
}

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  return lesson ? { title: lesson.frontmatter.title, description: lesson.frontmatter.summary } : {};
}

export default async function LessonPage({ params }: Params) {
  const { slug } = await params;
  const lesson = getLesson(slug);
  if (!lesson) notFound();
  const fm = lesson.frontmatter;
  const headings = getLessonHeadings(lesson).map(({ anchor, text, depth }) => ({ anchor, text, depth }));
  const anchors = headings.map((h) => h.anchor);
  const track = getTopics().tracks.find((t) => t.id === fm.track);
  const { prev, next } = getNeighbours(slug);
  const prerequisites = fm.prerequisites.map((p) => getLesson(p)).filter((l) => l !== undefined);
  const toc = <TableOfContents headings={headings} anchors={anchors} />;

  return (
    <>
      <ReadingProgress slug={slug} anchors={anchors} articleId="lesson-article" />
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-10">
        <article id="lesson-article" className="min-w-0 max-w-3xl" aria-labelledby="lesson-title">
          <header className="space-y-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <nav aria-label="Breadcrumb" className="text-sm">
                <ol className="flex flex-wrap gap-1 text-slate-700 dark:text-slate-300">
                  <li>
                    <Link href="/lessons" className="underline-offset-2 hover:underline">Lessons</Link>
                    <span aria-hidden> / </span>
                  </li>
                  <li>{track?.title ?? fm.track}</li>
                </ol>
              </nav>
            </div>
            <h1 id="lesson-title" className="text-3xl leading-tight font-bold tracking-tight sm:text-4xl">{fm.title}</h1>
            <p className="text-lg text-slate-700 dark:text-slate-300">
              <InlineMarkdown text={fm.summary} />
            </p>
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
              <span>Lesson {fm.order}</span>
              <span aria-hidden>·</span>
              <span>{fm.minutes} min read</span>
              <span aria-hidden>·</span>
              <span>Exam domains: {fm.domains.join(", ")}</span>
              <LessonStatusBadge slug={slug} />
            </p>
          </header>
          <ResumeBanner slug={slug} headings={headings} />
          <Objectives objectives={fm.objectives} prerequisites={prerequisites.map((p) => ({ slug: p.frontmatter.slug, title: p.frontmatter.title }))} />
          <details className="mt-6 rounded-lg border border-slate-200 p-3 lg:hidden dark:border-slate-800">
            <summary className="cursor-pointer font-semibold">On this page</summary>
            <nav aria-label="On this page (mobile)" className="mt-2">{toc}</nav>
          </details>
          <LessonContent lesson={lesson} />
          <section aria-labelledby="finish-heading" className="mt-12 rounded-xl border border-slate-200 p-5 dark:border-slate-800">
            <h2 id="finish-heading" className="mb-3 text-lg font-semibold">Finished reading?</h2>
            <MarkCompleteButton slug={slug} />
          </section>
          <PrevNext prev={prev?.frontmatter} next={next?.frontmatter} />
        </article>
        <aside className="hidden lg:block">
          <nav aria-label="On this page" className="sticky top-6 max-h-[calc(100vh-3rem)] overflow-y-auto pb-6">
            <p className="mb-2 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">On this page</p>
            {toc}
          </nav>
        </aside>
      </div>
    </>
  );
}
