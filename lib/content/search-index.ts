/**
 * The full-text search index (MiniSearch) over lesson sections and the glossary, built at build
 * time. No I/O: callers pass loaded lessons and terms. The serialized index travels with its
 * options, so the browser loads it without importing this module.
 */
import MiniSearch, { type Options } from "minisearch";
import type { GlossaryTerm } from "./glossary";
import type { Lesson } from "./lessons";
import { extractHeadings, extractSections, extractTermIds } from "./mdx/extract";

/** One searchable document: a lesson section or a glossary term. */
export interface SearchDoc {
  id: string;
  kind: "section" | "term";
  /** Section heading (or the lesson title for the introduction), or the term. */
  title: string;
  /** The lesson the result belongs to (for terms: the first lesson that uses it). */
  lesson: string;
  url: string;
  text: string;
  /** A short extract shown under the result. */
  excerpt: string;
}

/** A stored search result (what the browser gets back for each hit). */
export type SearchHit = Pick<SearchDoc, "id" | "kind" | "title" | "lesson" | "url" | "excerpt">;

/** MiniSearch options shared by the build and the browser (plain data only). */
export const SEARCH_OPTIONS = {
  idField: "id",
  fields: ["title", "lesson", "text"],
  storeFields: ["kind", "title", "lesson", "url", "excerpt"],
  searchOptions: { boost: { title: 3, lesson: 1.5 }, prefix: true, fuzzy: 0.2, combineWith: "AND" },
} satisfies Options<SearchDoc>;

/** The serialized index plus the options needed to load it. */
export interface SerializedSearchIndex {
  options: typeof SEARCH_OPTIONS;
  index: unknown;
  count: number;
}

function excerpt(text: string, max = 180): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20))}…`;
}

/** The first lesson section that uses each glossary term: `/lessons/slug#anchor`. */
export function termLocations(lessons: readonly Lesson[]): Map<string, { url: string; lesson: string }> {
  const out = new Map<string, { url: string; lesson: string }>();
  for (const l of lessons) {
    const headings = extractHeadings(l.body).filter((h) => h.depth >= 2);
    for (const t of extractTermIds(l.body)) {
      if (out.has(t.id)) continue;
      const heading = [...headings].reverse().find((h) => h.line <= t.line);
      out.set(t.id, { url: `/lessons/${l.frontmatter.slug}${heading ? `#${heading.anchor}` : ""}`, lesson: l.frontmatter.title });
    }
  }
  return out;
}

/** Search documents for every lesson section and glossary term. */
export function buildSearchDocuments(lessons: readonly Lesson[], glossary: readonly GlossaryTerm[]): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const l of lessons) {
    const { slug, title, summary } = l.frontmatter;
    for (const s of extractSections(l.body)) {
      const text = s.anchor === "" ? `${summary}\n${s.text}` : s.text;
      docs.push({
        id: `${slug}#${s.anchor}`,
        kind: "section",
        title: s.anchor === "" ? title : s.heading,
        lesson: title,
        url: s.anchor === "" ? `/lessons/${slug}` : `/lessons/${slug}#${s.anchor}`,
        text,
        excerpt: excerpt(s.text || summary),
      });
    }
  }
  const where = termLocations(lessons);
  for (const t of glossary) {
    const loc = where.get(t.id);
    docs.push({
      id: `term:${t.id}`,
      kind: "term",
      title: t.term,
      lesson: loc?.lesson ?? "Glossary",
      url: loc?.url ?? "/search",
      text: t.definition,
      excerpt: excerpt(t.definition),
    });
  }
  return docs;
}

/** Builds the MiniSearch index of `docs`. */
export function createSearchIndex(docs: readonly SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
  index.addAll([...docs]);
  return index;
}

/** The index serialized for the browser (`MiniSearch.loadJS(index, options)`). */
export function serializeSearchIndex(lessons: readonly Lesson[], glossary: readonly GlossaryTerm[]): SerializedSearchIndex {
  const docs = buildSearchDocuments(lessons, glossary);
  const index = createSearchIndex(docs);
  return { options: SEARCH_OPTIONS, index: index.toJSON(), count: docs.length };
}
