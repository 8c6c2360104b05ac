import { highlightToHtml } from "@/lib/content/mdx/highlight";
import { compactShiki } from "./compact-shiki";
import "./lesson-ui.css";

/** A fenced code block, highlighted at build time (light and dark themes via CSS variables). */
export async function CodeBlock({ code, lang, title }: { code: string; lang?: string; title?: string }) {
  const html = compactShiki(await highlightToHtml(code, lang));
  return (
    <figure className="my-6">
      {title ? <figcaption className="mb-1 text-sm font-medium text-slate-700 dark:text-slate-300">{title}</figcaption> : null}
      <div className="code-frame" dangerouslySetInnerHTML={{ __html: html }} />
    </figure>
  );
}
