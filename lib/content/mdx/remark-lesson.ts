/**
 * The lesson remark plugin: gives `##`/`###` headings their anchors (the same github-slugger
 * sequence as `extractHeadings`), refuses `#` headings, and turns fenced code into JSX elements:
 * ```json policy|tryit|flow become <Policy>, <TryIt>, <Flow> with the JSON as a string prop; any
 * other fence becomes <CodeBlock code lang> (highlighted at build time by the component).
 * `<Term>` and `<Callout>` get a `uid` unique in the lesson (`term-3`, `callout-1`) for the ids
 * their ARIA relationships need: the lesson's prose is static HTML, rendered without React's useId.
 */
import GithubSlugger from "github-slugger";
import type { Code, Heading, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { parseInfoString } from "./info-string";

const ELEMENT = { policy: "Policy", tryit: "TryIt", flow: "Flow" } as const;

interface JsxAttribute {
  type: "mdxJsxAttribute";
  name: string;
  value: string;
}

function attr(name: string, value: string | undefined): JsxAttribute[] {
  return value === undefined ? [] : [{ type: "mdxJsxAttribute", name, value }];
}

function codeElement(node: Code, counters: Record<string, number>): unknown {
  const info = parseInfoString(node.lang, node.meta);
  if (node.lang === "json" && info.kind) {
    const n = (counters[info.kind] = (counters[info.kind] ?? 0) + 1);
    const { kind, title, expectLint } = info.attributes;
    return {
      type: "mdxJsxFlowElement",
      name: ELEMENT[info.kind],
      attributes: [
        ...attr("source", node.value),
        ...attr("blockId", `${info.kind}-${n}`),
        ...attr("policyKind", kind),
        ...attr("title", title),
        ...attr("expectLint", expectLint),
      ],
      children: [],
    };
  }
  return {
    type: "mdxJsxFlowElement",
    name: "CodeBlock",
    attributes: [...attr("code", node.value), ...attr("lang", node.lang ?? "text"), ...attr("title", info.attributes.title)],
    children: [],
  };
}

/** Options of `remarkLesson`. */
export interface RemarkLessonOptions {
  /** Named in errors (e.g. the lesson file). */
  file?: string;
}

/** The remark plugin (unified attacher). */
export function remarkLesson(options: RemarkLessonOptions = {}) {
  return (tree: Root): void => {
    const slugger = new GithubSlugger();
    visit(tree, "heading", (node: Heading) => {
      const anchor = slugger.slug(toString(node));
      if (node.depth === 1) {
        const line = node.position?.start.line ?? 0;
        throw new Error(`${options.file ?? "lesson"}: line ${line}: \`#\` headings are not allowed (the page renders the title as its h1)`);
      }
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id: anchor } };
    });
    const counters: Record<string, number> = {};
    const uids: Record<string, number> = {};
    visit(tree, (node) => {
      const el = node as { type: string; name?: string | null; attributes?: Array<{ type: string; name?: string }> };
      if ((el.type !== "mdxJsxFlowElement" && el.type !== "mdxJsxTextElement") || (el.name !== "Term" && el.name !== "Callout")) return;
      if (el.attributes?.some((a) => a.type === "mdxJsxAttribute" && a.name === "uid")) return;
      const prefix = el.name.toLowerCase();
      const n = (uids[prefix] = (uids[prefix] ?? 0) + 1);
      (el.attributes ??= []).push({ type: "mdxJsxAttribute", name: "uid", value: `${prefix}-${n}` } as JsxAttribute);
    });
    visit(tree, "code", (node: Code, index, parent) => {
      if (!parent || index === undefined) return;
      parent.children[index] = codeElement(node, counters) as Root["children"][number];
    });
  };
}
