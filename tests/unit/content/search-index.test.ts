import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { loadGlossary } from "@/lib/content/glossary";
import { extractHeadings, loadLessons } from "@/lib/content/lessons";
import { buildSearchDocuments, serializeSearchIndex, type SearchHit } from "@/lib/content/search-index";

const root = process.cwd();
const lessons = loadLessons(root);
const glossary = loadGlossary(root);

function search(q: string): SearchHit[] {
  const { index, options } = serializeSearchIndex(lessons, glossary);
  return MiniSearch.loadJS(index as Parameters<typeof MiniSearch.loadJS>[0], options).search(q) as unknown as SearchHit[];
}

describe("search index", () => {
  it("has one document per lesson section and per glossary term", () => {
    const docs = buildSearchDocuments(lessons, glossary);
    expect(docs.filter((d) => d.kind === "term")).toHaveLength(glossary.length);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });

  it("links every result to an existing lesson anchor", () => {
    const anchors = new Set(lessons.flatMap((l) => [`/lessons/${l.frontmatter.slug}`, ...extractHeadings(l.body).map((h) => `/lessons/${l.frontmatter.slug}#${h.anchor}`)]));
    const urls = buildSearchDocuments(lessons, glossary).map((d) => d.url);
    expect(urls.filter((u) => !anchors.has(u))).toEqual([]);
  });

  it.each([
    ["passrole", "/lessons/passrole"],
    ["external id", "/lessons/confused-deputy"],
    ["permissions boundary", "/lessons/permission-boundaries"],
  ])("finds `%s` in %s", (q, url) => {
    expect(search(q).some((h) => h.url.startsWith(url))).toBe(true);
  });

  it("finds glossary terms", () => {
    expect(search("principal").some((h) => h.kind === "term")).toBe(true);
  });
});
