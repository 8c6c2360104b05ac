/**
 * The whole question bank (content/questions/*.yaml): every file validates, ids are unique, and
 * every evaluator-backed key is recomputed with lib/iam and checked against what the explanations
 * claim. When a check fails, re-read the AWS page in the question's `source` before changing
 * anything: never copy the evaluator's output into a question without checking the docs.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/iam";
import { instantiate, predictKey, runWrite, spotKey, validateBank, writePasses, type Question } from "@/lib/quiz";
import { loadBank, loadTopicIds } from "./load-bank";

const SEEDS = Array.from({ length: 25 }, (_, i) => i * 104729 + 17);
/** Literal decision words a template's shared explanation must not contain. */
const DECISION_WORDS = /\b(ImplicitDeny|ExplicitDeny)\b|\bis (allowed|denied)\b/;

const bank = loadBank();
const all = bank.questions;
const isTemplate = (q: Question): boolean => "params" in q && q.params !== undefined && Object.keys(q.params).length > 0;
const ofType = <T extends Question["type"]>(type: T) => all.map((e) => e.question).filter((q): q is Extract<Question, { type: T }> => q.type === type);
const seedsFor = (q: Question): number[] => (isTemplate(q) ? SEEDS : [0]);

describe("question bank", () => {
  it("every file validates against the schema", () => {
    expect(bank.problems, `\n${bank.problems.join("\n")}`).toEqual([]);
  });

  it("ids are unique across the bank and every topic exists in content/topics.yaml", () => {
    const issues = validateBank(all.map(({ file, question }) => ({ id: question.id, topics: question.topics, file })), { topics: loadTopicIds() });
    expect(issues.map((i) => i.message)).toEqual([]);
  });

  it.each([
    ["questions", () => all.length, 200],
    ["evaluator-backed questions (predict/spot/write)", () => all.filter((e) => ["predict", "spot", "write"].includes(e.question.type)).length, 60],
    ["parameterized templates", () => all.filter((e) => isTemplate(e.question)).length, 20],
  ] as const)("has at least the required number of %s", (_what, count, min) => {
    expect(count()).toBeGreaterThanOrEqual(min);
  });
});

describe("predict: statedDecision equals the evaluator's decision", () => {
  const questions = ofType("predict").filter((q) => !isTemplate(q));
  it.each(questions.map((q) => [q.id, q] as const))("%s", (_id, q) => {
    const key = predictKey(q);
    expect(key.decision, `decided by ${key.paths.join(", ") || "nothing"}`).toBe(q.statedDecision);
  });
});

describe("predict templates: every computed decision has an explanation (25 seeds)", () => {
  const templates = ofType("predict").filter(isTemplate);
  it.each(templates.map((q) => [q.id, q] as const))("%s", (_id, q) => {
    for (const seed of SEEDS) {
      const inst = instantiate(q, seed);
      expect(evaluate(inst.scenario).diagnostics.filter((d) => d.severity === "error"), `seed ${seed}`).toEqual([]);
      const { decision } = predictKey(inst);
      expect(inst.explanationByDecision?.[decision], `seed ${seed} (${JSON.stringify(inst.values)}) gives ${decision}`).toBeDefined();
    }
  });

  it.each(templates.map((q) => [q.id, q] as const))("%s: the shared explanation states no fixed decision", (_id, q) => {
    expect(q.explanation).not.toMatch(DECISION_WORDS);
  });
});

describe("spot: statedStatement is among the evaluator's deciding statements", () => {
  it.each(ofType("spot").map((q) => [q.id, q] as const))("%s", (_id, q) => {
    expect(spotKey(q).paths).toContain(q.statedStatement);
  });
});

describe("write: the solution passes every case and the starter fails one", () => {
  const questions = ofType("write");
  it.each(questions.map((q) => [q.id, q] as const))("%s: solution passes", (_id, q) => {
    for (const seed of seedsFor(q)) {
      const inst = instantiate(q, seed);
      const run = runWrite(inst, inst.solution);
      const failed = [...run.parse.diagnostics.filter((d) => d.severity === "error").map((d) => d.message), ...run.constraints.filter((c) => !c.ok).map((c) => c.message), ...run.cases.filter((c) => !c.passed).map((c) => `${c.id}: expected ${c.expect}, got ${c.decision}`)];
      expect(failed, `seed ${seed}`).toEqual([]);
      expect(writePasses(run)).toBe(true);
    }
  });

  it.each(questions.map((q) => [q.id, q] as const))("%s: starter (when valid JSON) fails a case", (_id, q) => {
    for (const seed of seedsFor(q)) {
      const inst = instantiate(q, seed);
      if (!isJson(inst.starter)) continue;
      const run = runWrite(inst, inst.starter);
      expect(!run.parse.ok || run.cases.some((c) => !c.passed), `seed ${seed}`).toBe(true);
    }
  });
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
