import { describe, expect, it } from "vitest";
import { extractBlocks, extractHeadings, extractLinks, extractQuizIds, extractSections, extractTermIds } from "@/lib/content/lessons";
import { compileLessonBody } from "@/lib/content/mdx/compile";
import { parseInfoString } from "@/lib/content/mdx/info-string";

const body = [
  "Intro with a <Term id=\"principal\">principal</Term>.",
  "",
  "## First `code` section",
  "",
  "See [the other lesson](/lessons/other#first-code-section) and [AWS](https://aws.amazon.com).",
  "",
  "```json policy kind=trust title=\"A trust policy\" expectLint=CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION",
  "{\"Version\": \"2012-10-17\", \"Statement\": []}",
  "```",
  "",
  "### First code section",
  "",
  "```json tryit",
  "{}",
  "```",
  "",
  "## Check yourself",
  "",
  "<Quiz ids=\"a, b,c\" />",
].join("\n");

describe("parseInfoString", () => {
  it.each([
    ["policy kind=trust title=\"A b\"", { kind: "policy", attributes: { kind: "trust", title: "A b" }, words: [] }],
    ["tryit", { kind: "tryit", attributes: {}, words: [] }],
    ["flow extra", { kind: "flow", attributes: {}, words: ["extra"] }],
    ["", { kind: undefined, attributes: {}, words: [] }],
  ])("parses `%s`", (meta, expected) => {
    expect(parseInfoString("json", meta)).toEqual({ lang: "json", ...expected });
  });
});

describe("extractors", () => {
  it("finds json blocks with kind, attributes and line", () => {
    const blocks = extractBlocks(body);
    expect(blocks.map((b) => [b.kind, b.policyKind, b.title, b.expectLint, b.line])).toEqual([
      ["policy", "trust", "A trust policy", "CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION", 7],
      ["tryit", undefined, undefined, undefined, 13],
    ]);
  });

  it("slugs headings like GitHub, de-duplicating repeats", () => {
    expect(extractHeadings(body).map((h) => h.anchor)).toEqual(["first-code-section", "first-code-section-1", "check-yourself"]);
  });

  it("finds quiz ids, terms and internal links", () => {
    expect(extractQuizIds(body)).toEqual(["a", "b", "c"]);
    expect(extractTermIds(body)).toEqual([{ id: "principal", line: 1 }]);
    expect(extractLinks(body).map((l) => [l.slug, l.anchor])).toEqual([["other", "first-code-section"]]);
  });

  it("splits prose into sections without code or quizzes", () => {
    const sections = extractSections(body);
    expect(sections.map((s) => s.anchor)).toEqual(["", "first-code-section", "first-code-section-1", "check-yourself"]);
    expect(sections[1]?.text).toContain("See the other lesson");
    expect(sections.map((s) => s.text).join(" ")).not.toContain("Version");
  });
});

describe("compileLessonBody", () => {
  it("turns live blocks into components and gives headings their anchors", async () => {
    const code = await compileLessonBody(body, "x.mdx");
    expect(code).toContain('id: "first-code-section-1"');
    expect(code).toContain("Policy");
    expect(code).toContain('policyKind: "trust"');
    expect(code).toContain("TryIt");
  });

  it("refuses a `#` heading, naming the file", async () => {
    await expect(compileLessonBody("# Title\n\nText", "content/lessons/x.mdx")).rejects.toThrow(/content\/lessons\/x\.mdx: .*line 1.*`#` headings are not allowed/);
  });
});
