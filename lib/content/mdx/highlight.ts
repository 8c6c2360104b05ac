/**
 * Build-time syntax highlighting with shiki: one highlighter for the process, light and dark
 * themes emitted as CSS variables (`--shiki-light`, `--shiki-dark`), so the page switches theme
 * without JavaScript. The JavaScript regex engine avoids loading WebAssembly on the server.
 */
import { createHighlighter, createJavaScriptRegexEngine, type Highlighter } from "shiki";

const LANGS = ["json", "bash", "shellscript", "yaml"] as const;
const THEMES = { light: "github-light", dark: "github-dark" } as const;

let highlighter: Promise<Highlighter> | undefined;

function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({
    themes: [THEMES.light, THEMES.dark],
    langs: [...LANGS],
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

/** Languages we highlight; anything else is rendered as plain text. */
export function normalizeLang(lang: string | null | undefined): string {
  const l = (lang ?? "").toLowerCase();
  if (l === "sh" || l === "shell" || l === "console") return "bash";
  if (l === "yml") return "yaml";
  return (LANGS as readonly string[]).includes(l) ? l : "text";
}

/** Highlights `code` to an HTML `<pre class="shiki">` string using CSS-variable themes. */
export async function highlightToHtml(code: string, lang: string | null | undefined): Promise<string> {
  const h = await getHighlighter();
  return h.codeToHtml(code.replace(/\n$/, ""), {
    lang: normalizeLang(lang),
    themes: THEMES,
    defaultColor: false,
  });
}
