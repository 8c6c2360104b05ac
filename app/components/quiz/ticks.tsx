/** Renders plain text with `backticked` parts as code; everything is escaped by React. */
export function Ticks({ text }: { text: string }) {
  const parts = text.split(/(`[^`]+`)/g);
  return (
    <>
      {parts.map((part, i) =>
        part.length > 2 && part.startsWith("`") && part.endsWith("`") ? (
          <code key={i} className="rounded bg-slate-100 px-1 font-mono text-[0.85em] dark:bg-slate-800">
            {part.slice(1, -1)}
          </code>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}

/** Markdown-ish text reduced to plain words for labels (`code`, **bold** and _em_ markers removed). */
export function plainText(markdown: string): string {
  return markdown.replace(/[`*_]/g, "").replace(/\s+/g, " ").trim();
}
