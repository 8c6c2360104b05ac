/**
 * Shrinks shiki's HTML (highlightToHtml: CSS-variable themes, github-light/github-dark) without
 * changing what it looks like. Every token is a `<span style="--shiki-light:#…;--shiki-dark:#…">`;
 * on a lesson page that markup is sent twice (HTML and inline RSC payload) and dominates the
 * code blocks. Here:
 * - a token in the block's default colours loses its style (the custom properties inherit from the
 *   `<pre>`, and lesson.css colours every span with `var(--shiki-light/-dark)`);
 * - a token in one of the few other colours of these themes gets a class from lesson-ui.css
 *   (`.sk-…`) that sets the same two custom properties;
 * - anything else is left as it is;
 * - the `<pre>` keeps only its foreground variables, and none when they are the themes' defaults
 *   (set in lesson.css);
 * - then the per-line `<span class="line">` wrappers go (lines are already separated by newlines in
 *   the `<pre>`, and no style targets them), spans without a class are unwrapped, and neighbouring
 *   spans of the same class are merged.
 */
const CLASSES: Record<string, string> = {
  "#005CC5;#79B8FF": "sk-c",
  "#032F62;#9ECBFF": "sk-s",
  "#6F42C1;#B392F0": "sk-f",
  "#D73A49;#F97583": "sk-k",
  "#6A737D;#6A737D": "sk-m",
  "#E36209;#FFAB70": "sk-v",
  "#22863A;#85E89D": "sk-t",
};

const TOKEN = /<span style="--shiki-light:(#[0-9A-Fa-f]{3,8});--shiki-dark:(#[0-9A-Fa-f]{3,8})">/g;

/** The compact form of one `highlightToHtml` result (one `<pre class="shiki">`). */
export function compactShiki(html: string): string {
  const pre = /^<pre class="shiki[^"]*" style="--shiki-light:(#[0-9A-Fa-f]{3,8});--shiki-dark:(#[0-9A-Fa-f]{3,8});/.exec(html);
  const light = pre?.[1]?.toUpperCase();
  const dark = pre?.[2]?.toUpperCase();
  const classed = html.replace(TOKEN, (span, l: string, d: string) => {
    const key = `${l.toUpperCase()};${d.toUpperCase()}`;
    if (light && key === `${light};${dark}`) return "<span>";
    const cls = CLASSES[key];
    return cls ? `<span class="${cls}">` : span;
  });
  return classed
    .replace(PRE, light && dark ? `<pre class="shiki" style="--shiki-light:${light};--shiki-dark:${dark}"` : "$&")
    .replace(DEFAULT_PRE, '<pre class="shiki"')
    .replace(LINE, "$1")
    .replace(PLAIN, "$1")
    .replace(SAME_CLASS_JOIN, (join: string, closed: string, opened: string) => (closed === opened ? "" : join));
}

// The themes' own opening tag: classes and background variables no style uses.
const PRE = /^<pre class="shiki[^"]*" style="[^"]*"/;
// The default foregrounds of github-light/github-dark are lesson.css's defaults for `.shiki`.
const DEFAULT_PRE = /^<pre class="shiki" style="--shiki-light:#24292E;--shiki-dark:#E1E4E8"/;
// Tokens never nest and their text is escaped, so a line is a run of `<span …>text</span>` and text.
const LINE = /<span class="line">((?:<span[^>]*>[^<]*<\/span>|[^<])*)<\/span>/g;
const PLAIN = /<span>([^<]*)<\/span>/g;
// `</span><span class="x">` right after a span of class x: the two tokens become one span.
const SAME_CLASS_JOIN = /(?<=<span class="(sk-[a-z])">[^<]*)<\/span><span class="(sk-[a-z])">/g;
