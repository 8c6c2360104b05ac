import "server-only";
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Markdown → sanitized HTML for question text, explanations and reports (DESIGN rule 13: text
 * people type is never rendered as MDX or raw HTML). Server only; the browser receives the HTML.
 */
const marked = new Marked({ gfm: true, breaks: false, async: false });

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "code", "pre", "ul", "ol", "li", "a", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "h3", "h4"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["https", "http", "mailto"],
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow" }),
    h1: "h3",
    h2: "h3",
  },
};

/** Block Markdown (paragraphs, lists, code) to sanitized HTML. */
export function markdownHtml(text: string): string {
  return sanitizeHtml(marked.parse(text) as string, OPTIONS);
}

/** Inline Markdown (code, emphasis, links) to sanitized HTML. */
export function inlineHtml(text: string): string {
  return sanitizeHtml(marked.parseInline(text) as string, OPTIONS);
}
