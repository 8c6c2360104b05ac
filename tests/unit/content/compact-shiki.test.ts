import { describe, expect, it } from "vitest";
import { compactShiki } from "@/app/components/lesson/compact-shiki";
import { highlightToHtml } from "@/lib/content/mdx/highlight";

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");

// lesson-ui.css: the light colour each class stands for, and the <pre> default.
const CLASS_LIGHT: Record<string, string> = { "sk-c": "#005CC5", "sk-s": "#032F62", "sk-f": "#6F42C1", "sk-k": "#D73A49", "sk-m": "#6A737D", "sk-v": "#E36209", "sk-t": "#22863A" };
const DEFAULT_LIGHT = "#24292E";

/** The light-theme colour of every non-blank character, in order. */
function colours(html: string): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  for (const part of html.replace(/^<pre[^>]*><code>|<\/code><\/pre>$/g, "").split(/(<[^>]+>)/)) {
    if (part.startsWith("</")) stack.pop();
    else if (part.startsWith("<")) {
      const cls = /class="(sk-[a-z])"/.exec(part)?.[1];
      const style = /--shiki-light:(#[0-9A-Fa-f]+)/.exec(part)?.[1];
      stack.push(cls ? CLASS_LIGHT[cls]! : style ? style.toUpperCase() : (stack.at(-1) ?? DEFAULT_LIGHT));
    } else for (const ch of text(part)) if (ch.trim() !== "") out.push(stack.at(-1) ?? DEFAULT_LIGHT);
  }
  return out;
}

const POLICY = JSON.stringify(
  { Version: "2012-10-17", Statement: [{ Sid: "A", Effect: "Deny", Action: ["s3:*"], NotResource: "arn:aws:s3:::b/*", Condition: { Bool: { "aws:SecureTransport": "false" }, NumericLessThan: { "s3:max-keys": 10 } } }] },
  null,
  2,
);
const SHELL = 'aws sts assume-role --role-arn "arn:aws:iam::111122223333:role/x" # a comment <here>\n\nexport AWS_PROFILE=dev && echo "$AWS_PROFILE"';

describe("compactShiki", () => {
  for (const [lang, code] of [
    ["json", POLICY],
    ["bash", SHELL],
  ] as const) {
    it(`keeps the text and every token's colour of a ${lang} block while shrinking it`, async () => {
      const before = await highlightToHtml(code, lang);
      const after = compactShiki(before);
      expect(text(after)).toBe(code);
      expect(text(after)).toBe(text(before));
      expect(colours(after)).toEqual(colours(before));
      expect(new Set(colours(before)).size).toBeGreaterThan(2);
      expect(after).not.toContain('class="line"');
      expect(after).not.toMatch(/<span>/);
      expect(after).toMatch(/^<pre class="shiki" tabindex="0"><code>/);
      expect(after.length).toBeLessThan(before.length / 2);
    });
  }

  it("merges neighbouring tokens of one colour into one span", () => {
    const html = '<pre class="shiki shiki-themes github-light github-dark" style="--shiki-light:#24292e;--shiki-dark:#e1e4e8;--shiki-light-bg:#fff;--shiki-dark-bg:#24292e"><code><span class="line"><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF">"a</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF">b"</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF">1</span></span></code></pre>';
    expect(compactShiki(html)).toBe('<pre class="shiki"><code><span class="sk-s">"ab"</span><span class="sk-c">1</span></code></pre>');
  });

  it("keeps the foreground of a block in other theme colours", () => {
    const html = '<pre class="shiki shiki-themes x y" style="--shiki-light:#111111;--shiki-dark:#eeeeee;--shiki-light-bg:#fff;--shiki-dark-bg:#000"><code><span class="line">x</span></code></pre>';
    expect(compactShiki(html)).toBe('<pre class="shiki" style="--shiki-light:#111111;--shiki-dark:#EEEEEE"><code>x</code></pre>');
  });

  it("keeps a token colour it has no class for", () => {
    const html = '<pre class="shiki shiki-themes github-light github-dark" style="--shiki-light:#24292e;--shiki-dark:#e1e4e8;--shiki-light-bg:#fff;--shiki-dark-bg:#24292e"><code><span class="line"><span style="--shiki-light:#B31D28;--shiki-dark:#FDAEB7">x</span></span></code></pre>';
    expect(compactShiki(html)).toBe('<pre class="shiki"><code><span style="--shiki-light:#B31D28;--shiki-dark:#FDAEB7">x</span></code></pre>');
  });
});
