/**
 * Loads and validates the lessons in content/lessons/*.mdx (docs/lesson-format.md). Plain Node:
 * no `server-only` and no Next.js imports, because the database seed uses it too.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { formatContentError, loadTopics, type TopicsFile } from "./topics";

export { countProseWords, extractBlocks, extractHeadings, extractLinks, extractQuizIds, extractSections, extractTermIds, splitIds } from "./mdx/extract";
export type { LessonBlock, LessonHeading, LessonLink, LessonSection } from "./mdx/extract";

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case");

/** The frontmatter of one lesson, before cross-file checks. */
export const lessonFrontmatterSchema = z
  .object({
    title: z.string().min(1),
    slug: id,
    summary: z.string().min(1),
    track: id,
    topic: id,
    order: z.number().int().min(1),
    objectives: z.array(z.string().min(1)).min(1),
    prerequisites: z.array(id),
    minutes: z.number().int().min(1).max(120),
    domains: z.array(z.string().regex(/^[A-Z]{3}-C0\d \d\.\d$/, "must look like `SAA-C03 1.1`")).min(1),
  })
  .strict();

/** Validated lesson frontmatter. */
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

/** One loaded lesson. */
export interface Lesson {
  frontmatter: LessonFrontmatter;
  /** The MDX body (after the frontmatter). */
  body: string;
  /** sha256 of the whole file, to notice edits. */
  contentHash: string;
  /** Path relative to the project root, e.g. `content/lessons/01-identities.mdx`. */
  file: string;
  /** 1-based line of the file where the body starts (add it to body line numbers). */
  bodyLine: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits `---` YAML frontmatter from the body; throws naming the file when there is none. */
export function splitFrontmatter(file: string, text: string): { data: unknown; body: string; bodyLine: number } {
  const m = FRONTMATTER.exec(text);
  if (!m) throw new Error(`${file}: (root): missing \`---\` frontmatter`);
  let data: unknown;
  try {
    data = parse(m[1] ?? "");
  } catch (err) {
    throw new Error(`${file}: (frontmatter): invalid YAML: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { data, body: text.slice(m[0].length), bodyLine: m[0].split("\n").length };
}

function crossCheck(lessons: Lesson[], topics: TopicsFile): string[] {
  const errors: string[] = [];
  const tracks = new Set(topics.tracks.map((t) => t.id));
  const topicIds = new Set(topics.topics.map((t) => t.id));
  const slugs = new Map<string, string>();
  const orders = new Map<number, string>();
  for (const l of lessons) {
    const fm = l.frontmatter;
    const dupSlug = slugs.get(fm.slug);
    if (dupSlug) errors.push(`${l.file}: slug: duplicate slug \`${fm.slug}\` (also in ${dupSlug})`);
    slugs.set(fm.slug, l.file);
    const dupOrder = orders.get(fm.order);
    if (dupOrder) errors.push(`${l.file}: order: duplicate order \`${fm.order}\` (also in ${dupOrder})`);
    orders.set(fm.order, l.file);
    if (!tracks.has(fm.track)) errors.push(`${l.file}: track: unknown track \`${fm.track}\``);
    if (!topicIds.has(fm.topic)) errors.push(`${l.file}: topic: unknown topic \`${fm.topic}\``);
  }
  for (const l of lessons) {
    l.frontmatter.prerequisites.forEach((p, i) => {
      if (!slugs.has(p)) errors.push(`${l.file}: prerequisites.${i}: unknown lesson \`${p}\``);
      if (p === l.frontmatter.slug) errors.push(`${l.file}: prerequisites.${i}: a lesson cannot require itself`);
    });
  }
  return errors;
}

/** Reads one lesson file; throws naming the file and field of every frontmatter problem. */
export function readLessonFile(root: string, name: string): Lesson {
  const file = path.posix.join("content", "lessons", name);
  const text = readFileSync(path.join(root, file), "utf8");
  const { data, body, bodyLine } = splitFrontmatter(file, text);
  const result = lessonFrontmatterSchema.safeParse(data);
  if (!result.success) throw new Error(formatContentError(file, result.error));
  const contentHash = createHash("sha256").update(text).digest("hex");
  return { frontmatter: result.data, body, contentHash, file, bodyLine };
}

/**
 * Loads every content/lessons/*.mdx under `root`, validates frontmatter and cross-references
 * (tracks and topics from content/topics.yaml, prerequisites, unique slugs and orders) and
 * returns the lessons sorted by `order`. Throws one error listing every problem, each naming the
 * file and the field.
 */
export function loadLessons(root: string): Lesson[] {
  const dir = path.join(root, "content", "lessons");
  const names = readdirSync(dir).filter((n) => n.endsWith(".mdx")).sort();
  const errors: string[] = [];
  const lessons: Lesson[] = [];
  for (const name of names) {
    try {
      lessons.push(readLessonFile(root, name));
    } catch (err) {
      errors.push(err instanceof Error ? err.message : String(err));
    }
  }
  if (errors.length === 0) errors.push(...crossCheck(lessons, loadTopics(root)));
  if (errors.length > 0) throw new Error(errors.join("\n"));
  return lessons.sort((a, b) => a.frontmatter.order - b.frontmatter.order);
}
