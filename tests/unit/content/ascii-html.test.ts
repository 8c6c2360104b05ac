import { describe, expect, it } from "vitest";
import { asciiHtml } from "@/lib/content/ascii-html";

const decodeRefs = (s: string) => s.replace(/&#x([0-9A-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));

/** What the inline RSC script pushes: its argument is a JSON array, read as the browser would. */
function pushed(script: string): unknown {
  const arg = /^self\.__next_f\.push\(([\s\S]*)\)$/.exec(script)?.[1];
  if (arg === undefined) throw new Error(`not an RSC push: ${script}`);
  return JSON.parse(arg) as unknown;
}

describe("asciiHtml (prerendered pages sent as one-byte strings)", () => {
  const page =
    '<!DOCTYPE html><html lang="en"><head><title>Roles “and” STS · Principal</title></head><body>' +
    '<p title="A → B">Groups aren’t principals — ✓ 🚀</p><textarea>{"Sid": "Café"}</textarea>' +
    '<script>self.__next_f.push([1,"2:[\\"$\\",\\"p\\",null,{\\"children\\":\\"Groups aren’t principals — ✓ 🚀\\"}]\\n"])</script>' +
    "<style>.x::after{content:\"→\"}</style></body></html>";

  it("leaves nothing above U+007F", () => {
    expect(/[\u0080-\u{10FFFF}]/u.test(asciiHtml(page))).toBe(false);
  });

  it("turns text and attribute characters into references that decode to the same text", () => {
    const out = asciiHtml(page);
    expect(out).toContain("Groups aren&#x2019;t principals &#x2014; &#x2713; &#x1F680;");
    expect(out).toContain('title="A &#x2192; B"');
    expect(decodeRefs(out.replace(/<script>[\s\S]*?<\/script>|<style>[\s\S]*?<\/style>/g, ""))).toBe(page.replace(/<script>[\s\S]*?<\/script>|<style>[\s\S]*?<\/style>/g, ""));
  });

  it("escapes inside scripts so the pushed payload is the same string, astral characters included", () => {
    const script = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    const out = asciiHtml(page);
    expect(script(out)).toContain("\\u2019");
    expect(script(out)).toContain("\\ud83d\\ude80");
    expect(pushed(script(out))).toEqual(pushed(script(page)));
  });

  it("uses CSS escapes inside style elements", () => {
    expect(asciiHtml(page)).toContain('content:"\\2192 "');
  });

  it("changes nothing in an ASCII page, and nothing on a second run", () => {
    const ascii = "<p>plain &amp; simple</p><script>self.x=1</script>";
    expect(asciiHtml(ascii)).toBe(ascii);
    const once = asciiHtml(page);
    expect(asciiHtml(once)).toBe(once);
  });
});
