import "server-only";
import { glossaryById, loadGlossary, type GlossaryTerm } from "@/lib/content/glossary";
import { extractHeadings, extractQuizIds, loadLessons, type Lesson, type LessonHeading } from "@/lib/content/lessons";
import { loadQuestions } from "@/lib/content/questions";
import { loadTopics, type TopicsFile } from "@/lib/content/topics";
import type { Question } from "@/lib/quiz";

/**
 * Content for the lesson pages, read from content/ once per server process (at build time for
 * the static pages; at run time only for the self-check grading actions).
 */
const root = process.cwd();

let lessons: Lesson[] | undefined;
let glossary: Map<string, GlossaryTerm> | undefined;
let questions: Map<string, Question> | undefined;
let topics: TopicsFile | undefined;

/** Every lesson in course order. */
export function listLessons(): Lesson[] {
  lessons ??= loadLessons(root);
  return lessons;
}

/** One lesson by slug, or undefined. */
export function getLesson(slug: string): Lesson | undefined {
  return listLessons().find((l) => l.frontmatter.slug === slug);
}

/** The previous and next lessons in course order. */
export function getNeighbours(slug: string): { prev?: Lesson; next?: Lesson } {
  const all = listLessons();
  const i = all.findIndex((l) => l.frontmatter.slug === slug);
  return { prev: i > 0 ? all[i - 1] : undefined, next: i >= 0 ? all[i + 1] : undefined };
}

/** Tracks and topics. */
export function getTopics(): TopicsFile {
  topics ??= loadTopics(root);
  return topics;
}

/** A glossary term by id. */
export function getTerm(id: string): GlossaryTerm | undefined {
  glossary ??= glossaryById(loadGlossary(root));
  return glossary.get(id);
}

/** A question of the bank by id. */
export function getQuestion(id: string): Question | undefined {
  questions ??= new Map(loadQuestions(root).map((l) => [l.question.id, l.question]));
  return questions.get(id);
}

/** The table of contents of a lesson (`##` and `###`). */
export function getLessonHeadings(lesson: Lesson): LessonHeading[] {
  return extractHeadings(lesson.body).filter((h) => h.depth === 2 || h.depth === 3);
}

/** The self-check question ids of a lesson. */
export function getSelfCheckIds(lesson: Lesson): string[] {
  return extractQuizIds(lesson.body);
}
