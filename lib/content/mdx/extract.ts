/**
 * Reads the structure of a lesson body (MDX) without compiling it: fenced JSON blocks, quiz and
 * glossary references, internal links and headings. Pure (no I/O); used by the loader, the tests,
 * the search index and the pages, so every part of the app sees the same anchors.
 */
import { createProcessor } from "@mdx-js/mdx";
import GithubSlugger from "github-slugger";
import type { Code, Heading, Link, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import { visit } from "unist-util-visit";
import { parseInfoString, type BlockKind } from "./info-string";

/** A fenced ```json block of a lesson body. */
export interface LessonBlock {
  /** `policy`, `tryit`, `flow`, or undefined for plain JSON. */
  kind?: BlockKind;
  /** Policy kind (`kind=` attribute) for policy blocks. */
  policyKind?: string;
  title?: string;
  expectLint?: string;
  /** Any other attributes and bare words, for validation. */
  attributes: Record<string, string>;
  words: string[];
  code: string;
  /** 1-based line in the body where the fence starts. */
  line: number;
}

/** A `##` / `###` heading with its slugged anchor. */
export interface LessonHeading {
  depth: number;
  text: string;
  anchor: string;
  line: number;
}

/** An internal link `/lessons/slug#anchor`. */
export interface LessonLink {
  url: string;
  slug: string;
  anchor?: string;
  line: number;
}

const parser = createProcessor({ remarkPlugins: [remarkGfm] });
const treeCache = new Map<string, Root>();

/** Parses an MDX body to mdast (cached by body text). */
export function parseBody(body: string): Root {
  let tree = treeCache.get(body);
  if (!tree) {
    tree = parser.parse(body);
    if (treeCache.size > 64) treeCache.clear();
    treeCache.set(body, tree);
  }
  return tree;
}

/** Every fenced ```json block with its parsed info string. */
export function extractBlocks(body: string): LessonBlock[] {
  const out: LessonBlock[] = [];
  visit(parseBody(body), "code", (node: Code) => {
    if (node.lang !== "json") return;
    const info = parseInfoString(node.lang, node.meta);
    const { kind: policyKind, title, expectLint, ...rest } = info.attributes;
    out.push({ kind: info.kind, policyKind, title, expectLint, attributes: rest, words: info.words, code: node.value, line: node.position?.start.line ?? 0 });
  });
  return out;
}

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
}

function jsxAttr(node: JsxNode, name: string): string | undefined {
  const attr = node.attributes?.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  return typeof attr?.value === "string" ? attr.value : undefined;
}

function jsxElements(body: string, name: string): JsxNode[] {
  const out: JsxNode[] = [];
  visit(parseBody(body), (node) => {
    const n = node as JsxNode;
    if ((n.type === "mdxJsxFlowElement" || n.type === "mdxJsxTextElement") && n.name === name) out.push(n);
  });
  return out;
}

/** Splits a `<Quiz ids="a,b">` attribute into ids. */
export function splitIds(value: string | undefined): string[] {
  return (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
}

/** Question ids of every `<Quiz ids="...">`, in order. */
export function extractQuizIds(body: string): string[] {
  return jsxElements(body, "Quiz").flatMap((n) => splitIds(jsxAttr(n, "ids")));
}

/** Glossary ids of every `<Term id="...">`, in order (with repeats). */
export function extractTermIds(body: string): { id: string; line: number }[] {
  return jsxElements(body, "Term").map((n) => ({ id: jsxAttr(n, "id") ?? "", line: n.position?.start.line ?? 0 }));
}

/** Internal lesson links (`/lessons/slug` and `/lessons/slug#anchor`). */
export function extractLinks(body: string): LessonLink[] {
  const out: LessonLink[] = [];
  visit(parseBody(body), "link", (node: Link) => {
    const m = /^\/lessons\/([a-z0-9-]+)(?:#(.+))?$/.exec(node.url);
    if (m?.[1]) out.push({ url: node.url, slug: m[1], anchor: m[2], line: node.position?.start.line ?? 0 });
  });
  return out;
}

/**
 * Headings with the anchors github-slugger gives them, in document order. The MDX pipeline uses
 * this same function, so anchors in links, the table of contents and the page always agree.
 */
export function extractHeadings(body: string): LessonHeading[] {
  const slugger = new GithubSlugger();
  const out: LessonHeading[] = [];
  visit(parseBody(body), "heading", (node: Heading) => {
    const text = toString(node);
    out.push({ depth: node.depth, text, anchor: slugger.slug(text), line: node.position?.start.line ?? 0 });
  });
  return out;
}

/** A slice of a lesson between headings, as plain prose (code and quizzes left out). */
export interface LessonSection {
  /** Anchor of the heading that opens it; "" for the introduction. */
  anchor: string;
  heading: string;
  depth: number;
  text: string;
}

const SKIPPED = new Set(["code", "yaml", "mdxjsEsm", "mdxFlowExpression"]);
const BLOCKS = new Set(["list", "listItem", "blockquote", "table", "tableRow", "mdxJsxFlowElement"]);

/** Plain text of a block, with a line break between its blocks (list items, table rows...). */
function blockText(node: Root["children"][number]): string {
  if (SKIPPED.has(node.type)) return "";
  if (!BLOCKS.has(node.type) || !("children" in node)) return toString(node);
  const sep = node.type === "tableRow" ? " " : "\n";
  return (node.children as Root["children"]).map(blockText).filter(Boolean).join(sep);
}

/** Splits a body into sections at `##`/`###` headings, with their prose text. */
export function extractSections(body: string): LessonSection[] {
  const headings = extractHeadings(body);
  const sections: LessonSection[] = [{ anchor: "", heading: "", depth: 1, text: "" }];
  let h = 0;
  const push = (text: string) => {
    const current = sections[sections.length - 1];
    if (current && text.trim()) current.text += (current.text ? "\n" : "") + text.trim();
  };
  for (const node of parseBody(body).children) {
    if (node.type === "heading") {
      const info = headings[h++];
      sections.push({ anchor: info?.anchor ?? "", heading: info?.text ?? toString(node), depth: node.depth, text: "" });
      continue;
    }
    if ((node as JsxNode).type === "mdxJsxFlowElement" && (node as JsxNode).name === "Quiz") continue;
    push(blockText(node));
  }
  return sections.filter((s) => s.anchor !== "" || s.text !== "");
}

/** Words of prose (headings and text, without code blocks), for length checks. */
export function countProseWords(body: string): number {
  return extractSections(body)
    .map((s) => `${s.heading} ${s.text}`)
    .join(" ")
    .split(/\s+/)
    .filter((w) => /[A-Za-z0-9]/.test(w)).length;
}
