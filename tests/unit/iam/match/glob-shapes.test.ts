import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileArnPattern, compileGlob, matchArnPattern, matchGlob, splitArn, type CompiledArnPattern } from "@/lib/iam";
import { foldArnParts, matchArnParts } from "@/lib/iam/match/arn";

// The fast shapes (exact, prefix, any) must agree with the step-counting matcher, which ignores them.
describe("glob fast shapes", () => {
  it.each([
    ["s3:GetObject", "exact"],
    ["s3:Get*", "prefix"],
    ["*", "any"],
    ["**", "any"],
    ["s3:Get?bject", "scan"],
    ["*Object", "scan"],
    ["a*b", "scan"],
  ])("`%s` compiles to %s", (pattern, shape) => {
    expect(compileGlob(pattern).shape).toBe(shape);
  });

  it("treats a literal `*` piece as text, not as a prefix wildcard", () => {
    const glob = compileGlob([{ text: "file", literal: false }, { text: "*", literal: true }]);
    expect(glob.shape).toBe("exact");
    expect(matchGlob(glob, "file*")).toBe(true);
    expect(matchGlob(glob, "filex")).toBe(false);
  });

  it("agrees with the general matcher on random patterns and texts", () => {
    const chars = fc.constantFrom("a", "b", "*", "?", ":");
    const pattern = fc.array(chars, { maxLength: 8 }).map((c) => c.join(""));
    const text = fc.array(fc.constantFrom("a", "b", ":"), { maxLength: 10 }).map((c) => c.join(""));
    fc.assert(fc.property(pattern, text, (p, t) => {
      const glob = compileGlob(p);
      expect(matchGlob(glob, t)).toBe(matchGlob(glob, t, { steps: 0 }));
    }), { numRuns: 2000 });
  });
});

/** The matcher before the fast paths: rejoins the tail and folds case on every call. */
function reference(p: CompiledArnPattern, text: string): boolean {
  const parts = p.parts;
  if (!parts) return matchGlob(p.whole, text, { steps: 0 });
  const tparts = splitArn(text);
  if (tparts.length < parts.length) return false;
  return parts.every((glob, i) => {
    let t = i === parts.length - 1 ? tparts.slice(i).join(":") : (tparts[i] ?? "");
    if (p.prefixIgnoreCase && i > 0 && i < 5) t = t.toLowerCase();
    return matchGlob(glob, t, { steps: 0 });
  });
}

describe("matchArnParts", () => {
  it("agrees with the reference matcher, with and without pre-folded parts", () => {
    const part = fc.constantFrom("", "aws", "AWS", "s3", "S3", "*", "us-east-?", "111122223333", "bucket/*", "Bucket/key", "a:b");
    const arn = fc.array(part, { minLength: 1, maxLength: 7 }).map((p) => p.join(":"));
    fc.assert(fc.property(arn, arn, fc.boolean(), (pattern, text, ignoreCase) => {
      const p = compileArnPattern(`arn:${pattern}`, ignoreCase);
      const t = `arn:${text.replace(/[*?]/g, "x")}`;
      const parts = splitArn(t);
      const expected = reference(p, t);
      expect(matchArnPattern(p, t)).toBe(expected);
      expect(matchArnParts(p, parts, ignoreCase ? foldArnParts(parts) : null)).toBe(expected);
      expect(matchArnParts(p, parts, ignoreCase ? undefined : null)).toBe(expected);
    }), { numRuns: 2000 });
  });
});
