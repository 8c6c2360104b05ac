import "server-only";
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Markdown → sanitized HTML for question text and feedback (DESIGN rule 13: text that may come
 * from people is never rendered as MDX or raw HTML). Server only.
 */
const marked = new Marked({ gfm: true, breaks: false, async: false });

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "code", "pre", "ul", "ol", "li", "a", "blockquote", "table", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["https", "http", "mailto"],
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }) },
};

/** Block Markdown (paragraphs, lists, code) to sanitized HTML. */
export function markdownToHtml(text: string): string {
  return sanitizeHtml(marked.parse(text) as string, OPTIONS);
}

/** Inline Markdown (one line: code, emphasis, links) to sanitized HTML. */
export function inlineMarkdownToHtml(text: string): string {
  return sanitizeHtml(marked.parseInline(text) as string, OPTIONS);
}
