/**
 * Rewrites an HTML document so that it contains only ASCII, without changing what it means:
 * outside `<script>` and `<style>` every other character becomes a numeric character reference
 * (`&#x201C;`), inside `<script>` a JavaScript escape (`\u201c`, a surrogate pair for characters
 * beyond the BMP), inside `<style>` a CSS escape (`\201C `).
 *
 * Why (docs/benchmarks.md, "Lessons", session 3): `next start` sends a prerendered page with
 * `res.end(html)`, a JavaScript string. One character above U+00FF (a curly quote, an arrow, ✓)
 * makes V8 store the whole page as a two-byte string, and Node.js 20 then encodes it to UTF-8 on
 * every request on a slow path: a lesson page cost ~0.3 ms more CPU per request and served at half
 * the rate. An all-ASCII page is a one-byte string and goes out at memory speed.
 */

const NON_ASCII = /[\u0080-\u{10FFFF}]/gu;

function codePoints(ch: string): number[] {
  return [...ch].map((c) => c.codePointAt(0) ?? 0);
}

function htmlEscape(text: string): string {
  return text.replace(NON_ASCII, (ch) => codePoints(ch).map((cp) => `&#x${cp.toString(16).toUpperCase()};`).join(""));
}

function jsEscape(code: string): string {
  // UTF-16 code units: a character beyond the BMP becomes its two surrogates, as JavaScript wants.
  return code.replace(NON_ASCII, (ch) => [...Array(ch.length).keys()].map((i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, "0")}`).join(""));
}

function cssEscape(css: string): string {
  return css.replace(NON_ASCII, (ch) => codePoints(ch).map((cp) => `\\${cp.toString(16).toUpperCase()} `).join(""));
}

/** The ASCII form of `html` (unchanged when it is ASCII already; running it twice changes nothing). */
export function asciiHtml(html: string): string {
  if (!/[\u0080-\u{10FFFF}]/u.test(html)) return html;
  return html.replace(
    /(<script\b[^>]*>)([\s\S]*?)(<\/script\s*>)|(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)|[^<]+|<(?!script\b|style\b)[^<]*|</gi,
    (match: string, sOpen?: string, sBody?: string, sClose?: string, cOpen?: string, cBody?: string, cClose?: string) => {
      if (sOpen !== undefined) return htmlEscape(sOpen) + jsEscape(sBody ?? "") + (sClose ?? "");
      if (cOpen !== undefined) return htmlEscape(cOpen) + cssEscape(cBody ?? "") + (cClose ?? "");
      return htmlEscape(match);
    },
  );
}
