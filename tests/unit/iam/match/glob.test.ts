import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileGlob, globMatch, matchGlob, type StepCounter } from "@/lib/iam";

// Wildcard semantics: `*` matches any run of characters (including none), `?` exactly one.
// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String
describe("globMatch", () => {
  it.each([
    ["s3:Get*", "s3:GetObject", true],
    ["s3:Get*", "s3:PutObject", false],
    ["*", "", true],
    ["*", "anything at all", true],
    ["a?c", "abc", true],
    ["a?c", "ac", false],
    ["a*b*c", "axxbyyc", true],
    ["a*b*c", "axxcyyb", false],
    ["*.csv", "reports/q1.csv", true],
    ["*.csv", "reports/q1.csvx", false],
    ["home/*/notes", "home/dana/notes", true],
    ["abc", "abc", true],
    ["abc", "abcd", false],
    ["**", "x", true],
    ["*a*a*a*b", "aaaaaaaaab", true],
    ["*a*a*a*b", "aaaaaaaaaa", false],
  ])("pattern `%s` against `%s` is %s", (pattern, text, expected) => {
    expect(globMatch(pattern, text)).toBe(expected);
  });

  it("matches case-sensitively by default", () => {
    expect(globMatch("Reports/*", "reports/q1")).toBe(false);
  });

  it("matches case-insensitively when asked (actions)", () => {
    expect(globMatch("S3:get*", "s3:GetObject", { ignoreCase: true })).toBe(true);
  });

  it("treats literal pieces as plain text (`${*}` escapes)", () => {
    const glob = compileGlob([{ text: "file", literal: false }, { text: "*", literal: true }]);
    expect(matchGlob(glob, "file*")).toBe(true);
    expect(matchGlob(glob, "filex")).toBe(false);
  });

  it("uses `?` windows of up to 31 characters with the bit-parallel search", () => {
    expect(globMatch("*a?c?e*", "zzzabcdezzz")).toBe(true);
    expect(globMatch("*a?c?e*", "zzzabcdfzzz")).toBe(false);
  });
});

describe("matcher complexity", () => {
  it("takes linear steps for a 10,000-character text against a pattern with many `*`", () => {
    const text = "a".repeat(10_000);
    const pattern = `${"*a".repeat(200)}*b`;
    const counter: StepCounter = { steps: 0 };
    expect(globMatch(pattern, text, { counter })).toBe(false);
    expect(counter.steps).toBeLessThanOrEqual(4 * (pattern.length + text.length));
  });

  it("takes linear steps when segments repeat with `?`", () => {
    const text = "ab".repeat(5_000);
    const pattern = `${"*a?".repeat(300)}*c`;
    const counter: StepCounter = { steps: 0 };
    expect(globMatch(pattern, text, { counter })).toBe(false);
    expect(counter.steps).toBeLessThanOrEqual(4 * (pattern.length + text.length));
  });

  it("takes linear steps for a matching text too", () => {
    const text = `${"x".repeat(9_990)}needle`;
    const pattern = "*x*x*x*x*x*x*x*x*needle";
    const counter: StepCounter = { steps: 0 };
    expect(globMatch(pattern, text, { counter })).toBe(true);
    expect(counter.steps).toBeLessThanOrEqual(4 * (pattern.length + text.length));
  });
});

function reference(pattern: string, text: string): boolean {
  const re = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${re}$`, "s").test(text);
}

describe("glob property", () => {
  it("agrees with a regex-based reference on small inputs", () => {
    const alpha = fc.constantFrom("a", "b", "*", "?", ":", "/");
    const text = fc.string({ unit: fc.constantFrom("a", "b", ":", "/"), maxLength: 12 });
    fc.assert(
      fc.property(fc.string({ unit: alpha, maxLength: 8 }), text, (p, t) => globMatch(p, t) === reference(p, t)),
      { numRuns: 2000 },
    );
  });
});

describe("long `?` segments", () => {
  it("matches segments longer than 31 characters containing `?`", () => {
    const seg = `${"a".repeat(20)}?${"b".repeat(20)}`;
    expect(globMatch(`*${seg}*`, `zz${"a".repeat(20)}X${"b".repeat(20)}zz`)).toBe(true);
    expect(globMatch(`*${seg}*`, `zz${"a".repeat(20)}X${"b".repeat(19)}zz`)).toBe(false);
  });
});
