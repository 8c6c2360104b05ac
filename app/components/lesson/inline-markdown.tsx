import { inlineMarkdownToHtml } from "./markdown";
import "./lesson-ui.css";

/** One line of Markdown from frontmatter (objectives, summaries): code spans and emphasis. */
export function InlineMarkdown({ text, className }: { text: string; className?: string }) {
  return <span className={className ? `lx-inline-md ${className}` : "lx-inline-md"} dangerouslySetInnerHTML={{ __html: inlineMarkdownToHtml(text) }} />;
}
