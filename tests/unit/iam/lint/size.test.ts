import { describe, expect, it } from "vitest";
import { lintPolicy } from "@/lib/iam/lint";
import { measure, POLICY_QUOTAS, type QuotaKind } from "@/lib/iam/lint/size";
import { policyText, withCode } from "./helpers";

/** A policy of at least `size` characters (white space excluded) made of s3 object ARNs. */
function bigPolicy(size: number, action = "s3:GetObject"): string {
  const build = (n: number) => policyText({ Effect: "Allow", Action: action, Resource: Array.from({ length: n }, (_, i) => `arn:aws:s3:::bucket-${i}/*`) });
  let n = Math.ceil(size / 30);
  while (measure(build(n), "chars-no-ws") <= size) n += 8;
  return build(n);
}

describe("size checks", () => {
  it.each([
    ["identity", "managed", 6144],
    ["trust", "trust", 2048],
    ["scp", "scp", 5120],
    ["rcp", "rcp", 5120],
  ] as const)("uses the %s quota of %s characters", (kind, quota, limit) => {
    expect(POLICY_QUOTAS[quota].limit).toBe(limit);
    const text = bigPolicy(limit);
    expect(withCode(lintPolicy(text, { kind }), "POLICY_SIZE_EXCEEDED")).toHaveLength(1);
  });

  it("does not count white space in a managed policy", () => {
    const compact = bigPolicy(6000);
    const padded = compact.replace(/\n/g, "\n" + " ".repeat(40));
    expect(measure(padded, "chars-no-ws")).toBe(measure(compact, "chars-no-ws"));
    expect(withCode(lintPolicy(padded, { kind: "identity" }), "POLICY_SIZE_EXCEEDED")).toEqual([]);
  });

  it("counts every character of an scp", () => {
    const text = bigPolicy(4900).replace(/\n/g, "\n" + " ".repeat(20));
    expect(withCode(lintPolicy(text, { kind: "scp" }), "POLICY_SIZE_EXCEEDED")).toHaveLength(1);
  });

  it.each([
    ["inline-user", 2048],
    ["inline-group", 5120],
    ["inline-role", 10240],
    ["sqs", 8192],
    ["s3-bucket", 20480],
  ] as const)("honours an explicit %s quota of %s", (quota: QuotaKind, limit) => {
    expect(POLICY_QUOTAS[quota].limit).toBe(limit);
    expect(withCode(lintPolicy(bigPolicy(limit), { quota }), "POLICY_SIZE_EXCEEDED")).toHaveLength(1);
  });

  it("derives the s3 bucket quota for an s3 resource policy", () => {
    const text = bigPolicy(7000).replace('"Effect"', '"Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Effect"');
    expect(withCode(lintPolicy(text, { kind: "resource" }), "POLICY_SIZE_EXCEEDED")).toEqual([]);
  });

  it("counts bytes for an sqs queue policy", () => {
    expect(measure("é", "bytes")).toBe(2);
  });

  it("reports a character outside the allowed range with its position", () => {
    const text = policyText({ Sid: "Read→Write", Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" });
    const [finding] = withCode(lintPolicy(text, { kind: "identity" }), "INVALID_CHARACTER");
    expect(finding?.message).toContain("U+2192");
    expect(finding?.path).toBe("Statement[0].Sid");
    expect(text.slice(finding?.range?.start.offset, finding?.range?.end.offset)).toBe("→");
  });

  it("accepts latin-1 characters", () => {
    const text = policyText({ Sid: "Lectureé", Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" });
    expect(withCode(lintPolicy(text, { kind: "identity" }), "INVALID_CHARACTER")).toEqual([]);
  });
});
