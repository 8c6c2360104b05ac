import { describe, expect, it } from "vitest";
import { parseJsonText, parsePolicy } from "@/lib/iam";

describe("parseJsonText", () => {
  it("keeps duplicate keys that JSON.parse would drop", () => {
    const r = parseJsonText('{"a": 1, "a": 2}');
    expect(r.ok && r.node.kind === "object" ? r.node.entries.length : 0).toBe(2);
  });
  it("reports the line and column of a syntax error", () => {
    const r = parseJsonText('{\n  "a": [1,\n  }');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.range.start).toMatchObject({ line: 3, column: 3 });
  });
  it("records ranges of values", () => {
    const r = parseJsonText('{"Effect": "Allow"}');
    const entry = r.ok && r.node.kind === "object" ? r.node.entries[0] : undefined;
    expect(entry?.value.range?.start).toEqual({ line: 1, column: 12, offset: 11 });
  });
  it("decodes string escapes", () => {
    const r = parseJsonText('"a\\u0041\\n"');
    expect(r.ok && r.node.kind === "string" ? r.node.value : "").toBe("aA\n");
  });
  it("rejects deeply nested input without throwing", () => {
    expect(parseJsonText("[".repeat(5000)).ok).toBe(false);
  });
});

describe("duplicate keys in policies", () => {
  const text = `{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Action": "s3:GetObject",
    "Action": "s3:PutObject",
    "Resource": "*"
  }]
}`;
  it("reports DUPLICATE_KEY at the second key's line and column", () => {
    const r = parsePolicy(text);
    expect(r.ok).toBe(false);
    const d = r.diagnostics.find((x) => x.code === "DUPLICATE_KEY");
    expect(d?.path).toBe("Statement[0].Action");
    // lines 1-5 hold 2 + 27 + 18 + 23 + 30 = 100 characters, so line 6 column 5 is offset 104
    expect(d?.range?.start).toEqual({ line: 6, column: 5, offset: 104 });
  });
});
