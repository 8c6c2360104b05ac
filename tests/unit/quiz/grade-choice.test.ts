import { describe, expect, it } from "vitest";
import { certaintyScore, gradeAnswer, readNumber, type GradeResult } from "@/lib/quiz";
import { instance } from "./fixtures";

function graded(result: GradeResult) {
  if (!result.ok) throw new Error(`expected a grade, got ${JSON.stringify(result.error)}`);
  return result.result;
}

describe("single", () => {
  it.each([
    ["b", true, 1],
    ["a", false, 0],
  ])("choice %s gives correct=%s score=%i", (choice, correct, score) => {
    expect(graded(gradeAnswer(instance("single"), { choice }))).toMatchObject({ correct, score });
  });

  it("returns the chosen option's feedback, misconception and the correct ids", () => {
    const r = graded(gradeAnswer(instance("single"), { choice: "a" }));
    expect(r.feedback).toMatchObject({ type: "single", chosen: { id: "a", feedback: "No: a deny wins.", misconception: "thinks-allow-wins" }, correctIds: ["b"], explanation: "Because AWS says so." });
  });
});

describe("multiple partial credit: (right − wrong) / correct options, floored at 0", () => {
  it.each([
    [["a", "b", "c"], true, 1],
    [["a", "b"], false, 2 / 3],
    [["a", "b", "c", "d"], false, 2 / 3],
    [["a", "d"], false, 0],
    [["d"], false, 0],
    [[], false, 0],
  ])("choices %j give correct=%s score=%d", (choices, correct, score) => {
    const r = graded(gradeAnswer(instance("multiple"), { choices }));
    expect(r.correct).toBe(correct);
    expect(r.score).toBeCloseTo(score, 10);
  });

  it("lists the missed correct options", () => {
    expect(graded(gradeAnswer(instance("multiple"), { choices: ["a"] })).feedback).toMatchObject({ missedIds: ["b", "c"], correctIds: ["a", "b", "c"] });
  });
});

describe("truefalse", () => {
  it.each([
    [false, true, "Right, groups are not principals."],
    [true, false, "No, groups never authenticate."],
  ])("answer %s gives correct=%s with that choice's feedback", (answer, correct, feedback) => {
    expect(graded(gradeAnswer(instance("truefalse"), { answer }))).toMatchObject({ correct, feedback: { feedback } });
  });
});

describe("ordering", () => {
  it("gives full marks for the authored order", () => {
    expect(graded(gradeAnswer(instance("ordering"), { order: ["deny", "scp", "resource", "identity"] }))).toMatchObject({ correct: true, score: 1 });
  });

  it("gives no credit for a near miss but counts the right positions", () => {
    const r = graded(gradeAnswer(instance("ordering"), { order: ["deny", "scp", "identity", "resource"] }));
    expect(r).toMatchObject({ correct: false, score: 0, feedback: { positionsCorrect: 2 } });
  });
});

describe("fill", () => {
  it.each([
    ["sts", true],
    ["  STS ", true],
    ["aws   sts", true],
    ["iam", false],
    ["", false],
  ])("text %j is %s", (text, correct) => {
    expect(graded(gradeAnswer(instance("fill"), { text })).correct).toBe(correct);
  });

  it.each([
    ["36", true],
    [" 36 hours", true],
    ["36 hour", true],
    ["36.0", true],
    ["35", false],
    ["36 minutes", false],
    ["thirty-six", false],
  ])("numeric text %j is %s", (text, correct) => {
    expect(graded(gradeAnswer(instance("fillNumeric"), { text })).correct).toBe(correct);
  });
});

describe("readNumber", () => {
  it.each([
    ["1,000", undefined, 1000],
    ["-2.5", undefined, -2.5],
    ["2 access key", "access keys", 2],
    ["12abc", undefined, null],
  ])("reads %j (unit %s) as %s", (text, unit, value) => {
    expect(readNumber(text, unit)).toBe(value);
  });
});

describe("malformed responses are errors, never throws", () => {
  it.each([
    ["single", "a string instead of an object", "b", "INVALID_RESPONSE", ""],
    ["single", "a number as choice", { choice: 1 }, "INVALID_RESPONSE", "choice"],
    ["single", "an unknown option id", { choice: "z" }, "UNKNOWN_OPTION", "choice"],
    ["single", "null", null, "INVALID_RESPONSE", ""],
    ["multiple", "choices that are not an array", { choices: "a" }, "INVALID_RESPONSE", "choices"],
    ["multiple", "an unknown option id", { choices: ["a", "z"] }, "UNKNOWN_OPTION", "choices[1]"],
    ["multiple", "a duplicate id", { choices: ["a", "a"] }, "DUPLICATE_CHOICE", "choices[1]"],
    ["truefalse", "a string answer", { answer: "true" }, "INVALID_RESPONSE", "answer"],
    ["ordering", "a missing item", { order: ["deny", "scp", "resource"] }, "NOT_A_PERMUTATION", "order"],
    ["ordering", "a repeated item", { order: ["deny", "deny", "scp", "resource"] }, "DUPLICATE_CHOICE", "order[1]"],
    ["ordering", "an unknown item", { order: ["deny", "scp", "resource", "x"] }, "UNKNOWN_OPTION", "order[3]"],
    ["fill", "a number instead of text", { text: 36 }, "INVALID_RESPONSE", "text"],
    ["fill", "an answer over 500 characters", { text: "x".repeat(501) }, "INVALID_RESPONSE", "text"],
    ["single", "a certainty of 4", { choice: "b", certainty: 4 }, "INVALID_RESPONSE", "certainty"],
  ] as const)("%s: %s gives %s", (type, _what, response, code, path) => {
    const result = gradeAnswer(instance(type), response);
    expect(result).toMatchObject({ ok: false, error: { code, path } });
    if (!result.ok) expect(result.error.message).toMatch(/^[a-z`]/);
  });

  it("refuses an uninstantiated template", () => {
    const template = { ...instance("predictTemplate"), params: { a: { kind: "accountId" } } };
    expect(gradeAnswer(template, { decision: "Allow" })).toMatchObject({ ok: false, error: { code: "NOT_INSTANTIATED" } });
  });
});

describe("certainty-based marking", () => {
  it.each([
    [true, 1, 1],
    [true, 2, 2],
    [true, 3, 3],
    [false, 1, 0],
    [false, 2, -2],
    [false, 3, -6],
  ] as const)("correct=%s at certainty %i scores %i", (correct, certainty, points) => {
    expect(certaintyScore(correct, certainty)).toBe(points);
  });

  it("adds certainty marks to a graded answer", () => {
    expect(graded(gradeAnswer(instance("single"), { choice: "a", certainty: 3 })).certainty).toEqual({ level: 3, points: -6 });
  });
});

describe("gradeAnswer never throws", () => {
  it.each([
    ["a question of an unknown type", { ...instance("single"), type: "essay" }],
    ["a question without options", { ...instance("single"), options: undefined }],
  ])("returns an error for %s", (_what, q) => {
    expect(gradeAnswer(q as never, { choice: "a" })).toMatchObject({ ok: false, error: { code: "INTERNAL_ERROR" } });
  });
});
