import { describe, expect, it } from "vitest";
import { formatPath, parseQuestionFile, questionSchema, validateBank, type SchemaIssue } from "@/lib/quiz";
import { RAW, denyScenario } from "./fixtures";

type Raw = Record<string, unknown>;
const clone = <T>(v: T): T => structuredClone(v);

/** Validates `questions: [ok, raw]` and returns the issues (the raw question is at index 1). */
function issuesOf(raw: Raw): SchemaIssue[] {
  const result = parseQuestionFile({ questions: [clone(RAW.truefalse), raw] });
  return result.ok ? [] : result.issues;
}

describe("questionSchema accepts every type", () => {
  it.each(Object.keys(RAW) as (keyof typeof RAW)[])("accepts the %s fixture", (name) => {
    expect(questionSchema.safeParse(clone(RAW[name])).success).toBe(true);
  });
});

const cases: [string, () => Raw, string, string][] = [
  ["a single-choice question with two correct options", () => ({ ...clone(RAW.single), options: RAW.single.options.map((o) => ({ ...o, correct: o.id !== "c", misconception: undefined })) }), "questions[1].options", "a single-choice question needs exactly one correct option"],
  ["a multiple-response question with no correct option", () => ({ ...clone(RAW.multiple), options: RAW.multiple.options.map((o) => ({ ...o, correct: false })) }), "questions[1].options", "at least one correct option"],
  ["duplicate option ids", () => ({ ...clone(RAW.multiple), options: RAW.multiple.options.map((o) => ({ ...o, id: o.id === "b" ? "a" : o.id })) }), "questions[1].options", "option id `a` is used more than once"],
  ["a misconception on the correct option", () => ({ ...clone(RAW.single), options: RAW.single.options.map((o) => ({ ...o, misconception: "thinks-x" })) }), "questions[1].options[1].misconception", "wrong option"],
  ["duplicate ordering item ids", () => ({ ...clone(RAW.ordering), items: [{ id: "x", text: "a" }, { id: "x", text: "b" }] }), "questions[1].items", "item id `x` is used more than once"],
  ["an unknown type", () => ({ ...clone(RAW.single), type: "essay" }), "questions[1].type", "unknown question type"],
  ["a typo'd field name", () => ({ ...clone(RAW.single), explanaton: "x" }), "questions[1]", "explanaton"],
  ["an id that is not kebab-case", () => ({ ...clone(RAW.single), id: "Bad_Id" }), "questions[1].id", "kebab-case"],
  ["version 0", () => ({ ...clone(RAW.single), version: 0 }), "questions[1].version", "version starts at 1"],
  ["difficulty 4", () => ({ ...clone(RAW.single), difficulty: 4 }), "questions[1].difficulty", "difficulty is 1, 2 or 3"],
  ["a source that is not an https URL", () => ({ ...clone(RAW.single), source: "docs.aws.amazon.com" }), "questions[1].source", "https URL"],
  ["a fill question with both accepted and numeric", () => ({ ...clone(RAW.fill), numeric: { value: 1 } }), "questions[1]", "exactly one of `accepted` or `numeric`"],
  ["a fill question with neither", () => ({ ...clone(RAW.fill), accepted: undefined }), "questions[1]", "exactly one of `accepted` or `numeric`"],
  ["a template predict without explanationByDecision", () => ({ ...clone(RAW.predictTemplate), explanationByDecision: undefined }), "questions[1].explanationByDecision", "a template needs `explanationByDecision`"],
  ["a non-template predict without statedDecision", () => ({ ...clone(RAW.predict), statedDecision: undefined }), "questions[1].statedDecision", "needs `statedDecision`"],
  ["a template with statedDecision", () => ({ ...clone(RAW.predictTemplate), statedDecision: "Allow" }), "questions[1].statedDecision", "explanationByDecision"],
  ["an unknown placeholder", () => ({ ...clone(RAW.predictTemplate), prompt: "Hi {{who}}" }), "questions[1].prompt", "unknown placeholder `{{who}}`"],
  ["a placeholder without params", () => ({ ...clone(RAW.single), prompt: "Hi {{who}}" }), "questions[1].prompt", "the question has no params"],
  ["a param that is never used", () => ({ ...clone(RAW.predictTemplate), params: { ...RAW.predictTemplate.params, n: { kind: "int", min: 1, max: 3 } } }), "questions[1].params.n", "param `n` is never used"],
  ["an int param with min > max", () => ({ ...clone(RAW.predictTemplate), params: { ...RAW.predictTemplate.params, n: { kind: "int", min: 5, max: 3 } } }), "questions[1].params.n.max", "must not be greater"],
  ["a predict scenario whose policy does not parse", () => ({ ...clone(RAW.predict), scenario: { ...denyScenario, policies: { identity: [{ Version: "2012-10-17", Statement: [{ Effect: "Maybe", Action: "s3:*", Resource: "*" }] }] } } }), "questions[1].scenario.policies.identity[0].Statement[0].Effect", "`Effect` must be `Allow` or `Deny`"],
  ["a scenario with `expected`", () => ({ ...clone(RAW.predict), scenario: { ...denyScenario, expected: "Allow" } }), "questions[1].scenario", "expected"],
  ["a scenario request without context", () => ({ ...clone(RAW.predict), scenario: { ...denyScenario, request: { ...denyScenario.request, context: undefined } } }), "questions[1].scenario.request.context", ""],
  ["a spot statedStatement that is not in the scenario", () => ({ ...clone(RAW.spot), statedStatement: "policies.identity[5].Statement[0]" }), "questions[1].statedStatement", "is not a statement of the scenario"],
  ["a write solution that is not JSON", () => ({ ...clone(RAW.write), solution: "{ nope" }), "questions[1].solution", "invalid json"],
  ["a write case without an action", () => ({ ...clone(RAW.write), cases: [{ id: "x", label: "x", request: { resource: "arn:aws:s3:::a/b" }, expect: "allow" }] }), "questions[1].cases[0].request", "no `action`"],
  ["duplicate write case ids", () => ({ ...clone(RAW.write), cases: [RAW.write.cases[0], RAW.write.cases[0]] }), "questions[1].cases", "case id `reads` is used more than once"],
  ["a write slot already filled in base", () => ({ ...clone(RAW.write), slot: "boundary", base: { ...RAW.write.base, policies: { identity: [], permissionBoundary: { Version: "2012-10-17", Statement: [] } } } }), "questions[1].base.policies.permissionBoundary", "must be null"],
  ["a write expect that is not allow or deny", () => ({ ...clone(RAW.write), cases: [{ ...RAW.write.cases[0], expect: "Allow" }] }), "questions[1].cases[0].expect", ""],
];

describe("questionSchema rejects with a message naming the path", () => {
  it.each(cases)("rejects %s", (_name, make, path, fragment) => {
    const issues = issuesOf(make());
    const hit = issues.find((i) => i.path === path && i.message.includes(fragment));
    expect(hit, JSON.stringify(issues, null, 1)).toBeDefined();
  });
});

describe("parseQuestionFile", () => {
  it("rejects a file without `questions`", () => {
    expect(parseQuestionFile({ items: [] })).toMatchObject({ ok: false });
  });

  it("applies defaults (write case `hidden: false`, fill tolerance 0)", () => {
    const raw = { questions: [{ ...clone(RAW.write), cases: [{ ...RAW.write.cases[0], hidden: undefined }] }, { ...clone(RAW.fillNumeric), numeric: { value: 2 } }] };
    const result = parseQuestionFile(raw);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.file.questions[0]).toMatchObject({ cases: [{ hidden: false }] });
    expect(result.file.questions[1]).toMatchObject({ numeric: { tolerance: 0 } });
  });
});

describe("formatPath", () => {
  it.each([
    [["questions", 3, "options"], "questions[3].options"],
    [[0, "id"], "[0].id"],
    [[], ""],
  ] as [PropertyKey[], string][])("formats %j as %s", (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe("validateBank", () => {
  const q = (id: string, topics = ["identities"], file?: string) => ({ id, topics, ...(file ? { file } : {}) });

  it("accepts unique ids", () => {
    expect(validateBank([q("a"), q("b")])).toEqual([]);
  });

  it("reports a duplicate id with both files", () => {
    const issues = validateBank([q("a", undefined, "one.yaml"), q("b"), q("a", undefined, "two.yaml")]);
    expect(issues).toEqual([{ path: "[2].id", message: "duplicate question id `a` in two.yaml (a); first used in one.yaml (a)" }]);
  });

  it("reports an unknown topic when topics are given", () => {
    expect(validateBank([q("a", ["identities", "nope"])], { topics: ["identities"] })).toEqual([{ path: "[0].topics[1]", message: "unknown topic `nope` in [0]" }]);
  });
});
