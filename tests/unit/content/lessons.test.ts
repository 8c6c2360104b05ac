import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadGlossary } from "@/lib/content/glossary";
import {
  countProseWords,
  extractBlocks,
  extractHeadings,
  extractLinks,
  extractQuizIds,
  extractTermIds,
  loadLessons,
} from "@/lib/content/lessons";
import { loadQuestions } from "@/lib/content/questions";
import { evaluate, parsePolicy, type PolicyKind } from "@/lib/iam";
import { loadNodeCatalog } from "@/lib/iam/catalog/load-node";
import { lintPolicy } from "@/lib/iam/lint";

const root = process.cwd();
const lessons = loadLessons(root);
const glossary = new Set(loadGlossary(root).map((t) => t.id));
const questions = new Set(loadQuestions(root).map((q) => q.question.id));
const anchors = new Map(lessons.map((l) => [l.frontmatter.slug, new Set(extractHeadings(l.body).map((h) => h.anchor))]));
const catalog = loadNodeCatalog();
const POLICY_KINDS = ["identity", "resource", "trust", "boundary", "scp", "rcp", "session", "vpcEndpoint"];
const cases = lessons.map((l) => [l.file, l] as const);

describe("lesson frontmatter", () => {
  it("loads all sixteen lessons in course order", () => {
    expect(lessons).toHaveLength(16);
    expect(lessons.map((l) => l.frontmatter.order)).toEqual([...lessons.map((l) => l.frontmatter.order)].sort((a, b) => a - b));
  });

  it("names the file and field of a bad frontmatter", () => {
    const tmp = mkdtempSync(path.join(tmpdir(), "lessons-"));
    mkdirSync(path.join(tmp, "content", "lessons"), { recursive: true });
    writeFileSync(path.join(tmp, "content", "topics.yaml"), "tracks: [{id: a, title: A}]\ntopics: [{id: t, title: T, track: a, domains: ['SAA-C03 1.1']}]\n");
    const fm = "title: X\nslug: x\nsummary: S\ntrack: a\ntopic: t\norder: one\nobjectives: [o]\nprerequisites: []\nminutes: 5\ndomains: ['SAA-C03 1.1']";
    writeFileSync(path.join(tmp, "content", "lessons", "01-x.mdx"), `---\n${fm}\n---\nBody\n`);
    expect(() => loadLessons(tmp)).toThrow(/content\/lessons\/01-x\.mdx: order: /);
  });

  it("names the file of an unknown track, topic or prerequisite", () => {
    const tmp = mkdtempSync(path.join(tmpdir(), "lessons-"));
    mkdirSync(path.join(tmp, "content", "lessons"), { recursive: true });
    writeFileSync(path.join(tmp, "content", "topics.yaml"), "tracks: [{id: a, title: A}]\ntopics: [{id: t, title: T, track: a, domains: ['SAA-C03 1.1']}]\n");
    const fm = "title: X\nslug: x\nsummary: S\ntrack: b\ntopic: t\norder: 1\nobjectives: [o]\nprerequisites: [nope]\nminutes: 5\ndomains: ['SAA-C03 1.1']";
    writeFileSync(path.join(tmp, "content", "lessons", "01-x.mdx"), `---\n${fm}\n---\nBody\n`);
    expect(() => loadLessons(tmp)).toThrow("content/lessons/01-x.mdx: track: unknown track `b`");
    expect(() => loadLessons(tmp)).toThrow("content/lessons/01-x.mdx: prerequisites.0: unknown lesson `nope`");
  });
});

describe.each(cases)("%s", (_file, lesson) => {
  const blocks = extractBlocks(lesson.body);
  const at = (line: number) => `${lesson.file}:${lesson.bodyLine + line - 1}`;

  it("has no `#` heading and uses only known block kinds and attributes", () => {
    expect(extractHeadings(lesson.body).filter((h) => h.depth === 1)).toEqual([]);
    for (const b of blocks) {
      expect({ at: at(b.line), words: b.words, attributes: b.attributes }).toEqual({ at: at(b.line), words: [], attributes: {} });
      if (b.policyKind !== undefined) expect(POLICY_KINDS, at(b.line)).toContain(b.policyKind);
    }
  });

  it("has valid policies without lint errors (unless the block expects one)", () => {
    for (const b of blocks.filter((x) => x.kind === "policy")) {
      const kind = (b.policyKind ?? "identity") as PolicyKind;
      const parsed = parsePolicy(b.code, { kind });
      expect(parsed.ok ? [] : parsed.diagnostics.map((d) => d.message), at(b.line)).toEqual([]);
      const findings = lintPolicy(b.code, { kind, catalog });
      const errors = findings.filter((f) => f.severity === "ERROR").map((f) => f.code);
      if (b.expectLint) expect(findings.map((f) => f.code), `${at(b.line)} expectLint`).toContain(b.expectLint);
      expect(errors.filter((c) => c !== b.expectLint), at(b.line)).toEqual([]);
    }
  });

  it("has at least two live examples, each matching what AWS documents", () => {
    expect(blocks.filter((b) => b.kind === "tryit").length).toBeGreaterThanOrEqual(2);
    for (const b of blocks.filter((x) => x.kind === "tryit" || x.kind === "flow")) {
      const scenario = JSON.parse(b.code) as { id: string; expected: string; source: string };
      expect(scenario.expected, at(b.line)).toMatch(/^(Allow|ExplicitDeny|ImplicitDeny)$/);
      expect(scenario.source, at(b.line)).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect({ id: scenario.id, decision: evaluate(scenario).decision }).toEqual({ id: scenario.id, decision: scenario.expected });
    }
  });

  it("links only to existing lessons and anchors", () => {
    for (const link of extractLinks(lesson.body)) {
      const known = anchors.get(link.slug);
      expect(known, `${at(link.line)} ${link.url}`).toBeDefined();
      if (link.anchor) expect([...(known ?? [])], `${at(link.line)} ${link.url}`).toContain(link.anchor);
    }
  });

  it("asks 3 to 6 existing self-check questions", () => {
    const ids = extractQuizIds(lesson.body);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(ids.length).toBeLessThanOrEqual(6);
    expect(ids.filter((id) => !questions.has(id))).toEqual([]);
  });

  it("uses only glossary terms that exist", () => {
    expect(extractTermIds(lesson.body).filter((t) => !glossary.has(t.id)).map((t) => `${at(t.line)} ${t.id}`)).toEqual([]);
  });

  it("has 900 to 2,500 words of prose", () => {
    const words = countProseWords(lesson.body);
    expect(words).toBeGreaterThanOrEqual(900);
    expect(words).toBeLessThanOrEqual(2500);
  });
});
