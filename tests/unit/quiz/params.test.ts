import { describe, expect, it } from "vitest";
import { drawParams, fillPlaceholders, instantiate, mulberry32, placeholderNames, randomAccountId, shuffle } from "@/lib/quiz";
import { question, RAW } from "./fixtures";

const SEEDS = Array.from({ length: 50 }, (_, i) => i * 7919 + 1);

describe("mulberry32", () => {
  it("gives the same sequence for the same seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it("stays in [0, 1)", () => {
    const r = mulberry32(7);
    const values = Array.from({ length: 1000 }, () => r());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });
});

describe("drawParams", () => {
  it.each(SEEDS)("accountId is 12 digits not starting with 0 (seed %i)", (seed) => {
    expect(drawParams({ a: { kind: "accountId" } }, seed).a).toMatch(/^[1-9]\d{11}$/);
  });

  it.each(SEEDS)("int stays within [min, max] (seed %i)", (seed) => {
    const n = Number(drawParams({ n: { kind: "int", min: 3, max: 5 } }, seed).n);
    expect(n).toBeGreaterThanOrEqual(3);
    expect(n).toBeLessThanOrEqual(5);
  });

  it("pick draws only listed values and reaches all of them over many seeds", () => {
    const seen = new Set(SEEDS.map((s) => drawParams({ p: { kind: "pick", values: ["x", "y", 3] } }, s).p));
    expect([...seen].sort()).toEqual(["3", "x", "y"]);
  });

  it("randomAccountId never starts with 0", () => {
    const r = mulberry32(1);
    for (let i = 0; i < 200; i++) expect(randomAccountId(r)).toMatch(/^[1-9]\d{11}$/);
  });
});

describe("fillPlaceholders", () => {
  it.each([
    ["{{a}} and {{ a }}", "1 and 1"],
    ["{{b}} stays", "{{b}} stays"],
    ["no placeholders", "no placeholders"],
  ])("fills %j", (text, out) => {
    expect(fillPlaceholders(text, { a: "1" })).toBe(out);
  });
});

describe("instantiate", () => {
  it("is deterministic per seed", () => {
    expect(instantiate(question("write"), 99)).toEqual(instantiate(question("write"), 99));
  });

  it("gives different instances for different seeds", () => {
    const values = new Set(SEEDS.map((s) => JSON.stringify(instantiate(question("predictTemplate"), s).values)));
    expect(values.size).toBeGreaterThan(1);
  });

  it("substitutes every placeholder in every string and drops params", () => {
    for (const seed of SEEDS) {
      const inst = instantiate(question("write"), seed);
      expect(placeholderNames(inst).size).toBe(0);
      expect("params" in inst).toBe(false);
    }
  });

  it.each([
    ["prompt", (i: Record<string, unknown>) => i.prompt],
    ["base", (i: Record<string, unknown>) => JSON.stringify(i.base)],
    ["cases", (i: Record<string, unknown>) => JSON.stringify(i.cases)],
  ])("puts the drawn user into the write %s", (_field, get) => {
    const inst = instantiate(question("write"), 5);
    expect(get(inst as unknown as Record<string, unknown>)).toContain(inst.values.user);
  });

  it("substitutes in the scenario and explanationByDecision of a predict template", () => {
    const inst = instantiate(question("predictTemplate"), 3);
    if (inst.type !== "predict") throw new Error("type");
    expect(inst.scenario.request.action).toBe(inst.values.action);
    expect(inst.explanationByDecision?.Allow).toContain(inst.values.action);
    expect(inst.prompt).toContain(inst.values.account);
  });

  it("copies a question without params and records the seed", () => {
    const inst = instantiate(question("single"), 12);
    expect(inst).toMatchObject({ ...RAW.single, seed: 12, values: {} });
  });

  it("does not modify the template", () => {
    const q = question("write");
    const before = JSON.stringify(q);
    instantiate(q, 1);
    expect(JSON.stringify(q)).toBe(before);
  });
});

describe("shuffle", () => {
  it("is deterministic per seed and keeps every item", () => {
    const items = ["a", "b", "c", "d", "e", "f"];
    expect(shuffle(items, 8)).toEqual(shuffle(items, 8));
    expect([...shuffle(items, 8)].sort()).toEqual(items);
  });

  it("does not modify its input", () => {
    const items = [1, 2, 3];
    shuffle(items, 4);
    expect(items).toEqual([1, 2, 3]);
  });
});
