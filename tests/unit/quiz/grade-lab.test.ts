import { describe, expect, it } from "vitest";
import { gradeAnswer, instantiate, MAX_POLICY_BYTES, questionSchema, type GradeResult, type QuestionInstance } from "@/lib/quiz";
import { instance, RAW } from "./fixtures";

function graded(result: GradeResult) {
  if (!result.ok) throw new Error(`expected a grade, got ${JSON.stringify(result.error)}`);
  return result.result;
}

const SOLUTION = RAW.write.solution;
const write = (): QuestionInstance => instance("write", 2);

describe("predict", () => {
  it.each([
    ["ExplicitDeny", true],
    ["ImplicitDeny", false],
    ["Allow", false],
  ])("decision %s is %s (key computed by the evaluator)", (decision, correct) => {
    expect(graded(gradeAnswer(instance("predict"), { decision })).correct).toBe(correct);
  });

  it("explains with the deciding statement, the gates and lib/iam's summary", () => {
    const { feedback } = graded(gradeAnswer(instance("predict"), { decision: "Allow" }));
    expect(feedback).toMatchObject({ type: "predict", decision: "ExplicitDeny", chosen: "Allow", decidedBy: [{ path: "policies.identity[1].Statement[0]", effect: "Deny" }] });
    if (feedback.type !== "predict") throw new Error("type");
    expect(feedback.gates.find((g) => g.gate === "explicit-deny")).toMatchObject({ outcome: "deny" });
    expect(feedback.summary).toContain("Decision: ExplicitDeny");
  });

  it.each([
    ["s3:DeleteObject", "ExplicitDeny"],
    ["s3:GetObject", "Allow"],
  ])("a template instance drawing %s adds the explanation for %s", (action, decision) => {
    const seed = Array.from({ length: 100 }, (_, s) => s).find((s) => instantiate(questionSchema.parse(RAW.predictTemplate), s).values.action === action) ?? -1;
    const { feedback } = graded(gradeAnswer(instance("predictTemplate", seed), { decision }));
    expect(feedback).toMatchObject({ decision, decisionExplanation: expect.stringContaining(action) as unknown });
  });

  it("with askStatement gives half credit for the right decision and a wrong statement", () => {
    const q = { ...instance("predict"), askStatement: true } as QuestionInstance;
    const r = graded(gradeAnswer(q, { decision: "ExplicitDeny", statement: "policies.identity[0].Statement[0]" }));
    expect(r).toMatchObject({ correct: false, score: 0.5, feedback: { statementCorrect: false } });
  });

  it("with askStatement gives full credit for decision and statement", () => {
    const q = { ...instance("predict"), askStatement: true } as QuestionInstance;
    expect(graded(gradeAnswer(q, { decision: "ExplicitDeny", statement: "policies.identity[1].Statement[0]" }))).toMatchObject({ correct: true, score: 1 });
  });

  it.each([
    ["an unknown decision", { decision: "Deny" }, "INVALID_RESPONSE", "decision"],
    ["a missing decision", {}, "INVALID_RESPONSE", "decision"],
    ["an array", ["Allow"], "INVALID_RESPONSE", ""],
  ])("rejects %s", (_what, response, code, path) => {
    expect(gradeAnswer(instance("predict"), response)).toMatchObject({ ok: false, error: { code, path } });
  });
});

describe("spot", () => {
  it.each([
    ["policies.identity[1].Statement[0]", true],
    ["policies.identity[0].Statement[0]", false],
  ])("statement %s is %s", (statement, correct) => {
    expect(graded(gradeAnswer(instance("spot"), { statement })).correct).toBe(correct);
  });

  it.each([
    ["a statement not in the scenario", { statement: "policies.scps[0][0].Statement[0]" }, "UNKNOWN_STATEMENT", "statement"],
    ["a number", { statement: 3 }, "INVALID_RESPONSE", "statement"],
  ])("rejects %s", (_what, response, code, path) => {
    expect(gradeAnswer(instance("spot"), response)).toMatchObject({ ok: false, error: { code, path } });
  });
});

describe("write", () => {
  it("passes the reference solution with full marks", () => {
    expect(graded(gradeAnswer(write(), { policy: SOLUTION }))).toMatchObject({ correct: true, score: 1, feedback: { passed: 3, total: 3 } });
  });

  it("reports visible cases with decision and explanation, and only counts hidden ones", () => {
    const { feedback } = graded(gradeAnswer(write(), { policy: SOLUTION }));
    if (feedback.type !== "write") throw new Error("type");
    expect(feedback.cases.map((c) => [c.id, c.decision, c.passed])).toEqual([["reads", "Allow", true], ["deletes", "ImplicitDeny", true]]);
    expect(feedback.cases[0]?.explanation).toContain("Decision: Allow");
    expect(feedback.hidden).toEqual({ total: 1, passed: 1 });
    expect(JSON.stringify(feedback)).not.toContain("secret-other-bucket");
  });

  it("grades a policy that is not JSON as wrong with a line/column diagnostic", () => {
    const r = graded(gradeAnswer(write(), { policy: '{\n  "Version": "2012-10-17",\n  "Statement": [ oops ]\n}' }));
    expect(r).toMatchObject({ correct: false, score: 0, feedback: { parsed: false, cases: [], diagnostics: [{ code: "INVALID_JSON", severity: "error", line: 3 }] } });
    if (r.feedback.type === "write") expect(r.feedback.diagnostics[0]?.column).toBeGreaterThan(0);
  });

  it("grades an empty policy as wrong, not as an error", () => {
    expect(graded(gradeAnswer(write(), { policy: "" }))).toMatchObject({ correct: false, score: 0, feedback: { parsed: false } });
  });

  it("grades a policy with a grammar error as wrong, naming the element", () => {
    const policy = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject"}]}';
    expect(graded(gradeAnswer(write(), { policy })).feedback).toMatchObject({ parsed: false, diagnostics: [{ code: "MISSING_RESOURCE" }] });
  });

  it("gives the fraction of cases passed when constraints hold", () => {
    const policy = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::payroll/*"}]}';
    expect(graded(gradeAnswer(write(), { policy }))).toMatchObject({ correct: false, score: 1 / 3 });
  });

  it.each([
    ["noWildcardActions", '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:Get*", "Resource": "arn:aws:s3:::reports/*"}]}', "`s3:Get*`"],
    ["noWildcardActions", '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "NotAction": "s3:DeleteObject", "Resource": "arn:aws:s3:::reports/*"}]}', "`NotAction`"],
    ["noWildcardResources", '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}', "`*`"],
    ["maxStatements", '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"}, {"Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*"}]}', "2 statements"],
  ])("reports a failed %s constraint and scores 0", (name, policy, fragment) => {
    const r = graded(gradeAnswer(write(), { policy }));
    expect(r).toMatchObject({ correct: false, score: 0 });
    if (r.feedback.type !== "write") throw new Error("type");
    const c = r.feedback.constraints.find((x) => x.name === name);
    expect(c).toMatchObject({ ok: false, message: expect.stringContaining(fragment) as unknown });
  });

  it("reports a missing required condition key", () => {
    const q = { ...write(), constraints: { requiredConditionKeys: ["aws:SourceIp"] } } as QuestionInstance;
    const r = graded(gradeAnswer(q, { policy: SOLUTION }));
    expect(r.feedback).toMatchObject({ constraints: [{ name: "requiredConditionKeys", ok: false, message: "the policy must use the condition key `aws:SourceIp`" }] });
  });

  it("refuses a policy over 20 KB with POLICY_TOO_LARGE", () => {
    const policy = `{"Version": "2012-10-17", "Statement": [], "Id": "${"x".repeat(MAX_POLICY_BYTES)}"}`;
    expect(gradeAnswer(write(), { policy })).toMatchObject({ ok: false, error: { code: "POLICY_TOO_LARGE", path: "policy" } });
  });

  it("checks the size before anything else in the response", () => {
    expect(gradeAnswer(write(), { policy: "é".repeat(MAX_POLICY_BYTES), certainty: 9 })).toMatchObject({ ok: false, error: { code: "POLICY_TOO_LARGE" } });
  });

  it.each([
    ["a policy object instead of text", { policy: { Version: "2012-10-17" } }],
    ["a bare string", SOLUTION],
    ["undefined", undefined],
  ])("rejects %s as INVALID_RESPONSE", (_what, response) => {
    expect(gradeAnswer(write(), response)).toMatchObject({ ok: false, error: { code: "INVALID_RESPONSE" } });
  });
});
