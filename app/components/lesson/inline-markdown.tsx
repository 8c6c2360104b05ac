import { inlineMarkdownToHtml } from "./markdown";

/** One line of Markdown from frontmatter (objectives, summaries): code spans and emphasis. */
export function InlineMarkdown({ text, className }: { text: string; className?: string }) {
  return <span className={`[&_code]:rounded [&_code]:bg-black/5 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.9em] dark:[&_code]:bg-white/10 ${className ?? ""}`} dangerouslySetInnerHTML={{ __html: inlineMarkdownToHtml(text) }} />;
}
