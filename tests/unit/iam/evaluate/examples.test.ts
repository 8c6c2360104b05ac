import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/iam";

// Worked examples of the scenario format (shared/iam/examples.json).
const file = JSON.parse(readFileSync("/work/shared/iam/examples.json", "utf8")) as { cases: { id: string; expected: string }[] };

describe("shared/iam/examples.json", () => {
  it.each(file.cases.map((c) => [c.id, c] as const))("%s gives its expected decision", (_id, c) => {
    expect(evaluate(c).decision).toBe(c.expected);
  });
});
