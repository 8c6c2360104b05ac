/**
 * Graders of the evaluator-backed types: predict, spot and write. Keys are computed by lib/iam at
 * grading time; nothing here trusts `statedDecision` or `statedStatement`.
 */
import { describeReason, explainText, GATE_NAMES, type EvalResult, type StatementRef } from "@/lib/iam";
import type { DecidingStatement, GateSummary, GradeResult, VisibleCaseResult } from "./grade-types";
import { runWrite, scenarioKey, type DecisionKey } from "./keys";
import { GRADE_ERROR_CODES as E, type ResponseOf } from "./responses";
import { listStatements } from "./scenario";
import type { PredictQuestion, SpotQuestion, WriteQuestion } from "./schema-types";

function deciding(ref: StatementRef): DecidingStatement {
  const out: DecidingStatement = { path: ref.path, policyType: ref.policyType, effect: ref.effect };
  if (ref.sid !== undefined) out.sid = ref.sid;
  return out;
}

/** Gates of a result worded for people. */
export function gateSummaries(result: EvalResult): GateSummary[] {
  return result.gates.map((g) => {
    const out: GateSummary = { gate: g.gate, name: GATE_NAMES[g.gate], outcome: g.outcome, why: describeReason(g.why) };
    if (g.level !== undefined) out.level = g.level;
    return out;
  });
}

function decisionFeedback(q: PredictQuestion | SpotQuestion, key: DecisionKey) {
  const byDecision = q.type === "predict" ? q.explanationByDecision?.[key.decision] : undefined;
  return {
    explanation: q.explanation,
    source: q.source,
    decision: key.decision,
    decidedBy: key.decidedBy.map(deciding),
    gates: gateSummaries(key.result),
    summary: explainText(key.result),
    ...(byDecision !== undefined ? { decisionExplanation: byDecision } : {}),
  };
}

/**
 * Predict: the decision must equal the evaluator's. With `askStatement`, the response also names
 * the deciding statement (`null` for "no statement", when nothing decided); each half is worth 0.5.
 */
export function gradePredict(q: PredictQuestion, r: ResponseOf<"predict">): GradeResult {
  const statements = q.askStatement === true ? listStatements(q.scenario).map((s) => s.path) : [];
  if (q.askStatement === true && r.statement === undefined) {
    return { ok: false, error: { code: E.INVALID_RESPONSE, message: "this question also asks for the deciding statement", path: "statement" } };
  }
  if (typeof r.statement === "string" && q.askStatement === true && !statements.includes(r.statement)) {
    return { ok: false, error: { code: E.UNKNOWN_STATEMENT, message: `\`${r.statement}\` is not a statement of this scenario`, path: "statement" } };
  }
  const key = scenarioKey(q.scenario);
  const decisionRight = r.decision === key.decision;
  const base = { type: "predict" as const, ...decisionFeedback(q, key), chosen: r.decision };
  if (q.askStatement !== true) return { ok: true, result: { correct: decisionRight, score: decisionRight ? 1 : 0, feedback: base } };
  const statementCorrect = r.statement === null ? key.paths.length === 0 : key.paths.includes(r.statement ?? "");
  const score = (decisionRight ? 0.5 : 0) + (statementCorrect ? 0.5 : 0);
  const feedback = { ...base, chosenStatement: r.statement ?? null, statementCorrect };
  return { ok: true, result: { correct: decisionRight && statementCorrect, score, feedback } };
}

/** Spot: the chosen statement path must be among the evaluator's `decidedBy` paths. */
export function gradeSpot(q: SpotQuestion, r: ResponseOf<"spot">): GradeResult {
  const paths = listStatements(q.scenario).map((s) => s.path);
  if (!paths.includes(r.statement)) {
    return { ok: false, error: { code: E.UNKNOWN_STATEMENT, message: `\`${r.statement}\` is not a statement of this scenario`, path: "statement" } };
  }
  const key = scenarioKey(q.scenario);
  const correct = key.paths.includes(r.statement);
  return { ok: true, result: { correct, score: correct ? 1 : 0, feedback: { type: "spot", ...decisionFeedback(q, key), chosen: r.statement } } };
}

/**
 * Write: parse (malformed JSON fails with the parser's line/column diagnostic), constraints, then
 * every case. Score = fraction of cases passed when every constraint holds (0 otherwise);
 * `correct` only when everything passes. Hidden cases are only counted.
 */
export function gradeWrite(q: WriteQuestion, r: ResponseOf<"write">): GradeResult {
  const run = runWrite(q, r.policy, { trace: true });
  const passed = run.cases.filter((c) => c.passed).length;
  const total = q.cases.length;
  const hiddenTotal = q.cases.filter((c) => c.hidden).length;
  const constraintsOk = run.constraints.every((c) => c.ok);
  const score = run.parse.ok && constraintsOk ? passed / total : 0;
  const cases: VisibleCaseResult[] = run.cases
    .filter((c) => !c.hidden)
    .map((c) => ({ id: c.id, label: c.label, expect: c.expect, decision: c.decision, passed: c.passed, explanation: explainText(c.result) }));
  const feedback = {
    type: "write" as const,
    explanation: q.explanation,
    source: q.source,
    parsed: run.parse.ok,
    diagnostics: run.parse.diagnostics,
    constraints: run.constraints,
    cases,
    hidden: { total: hiddenTotal, passed: run.cases.filter((c) => c.hidden && c.passed).length },
    passed,
    total,
  };
  return { ok: true, result: { correct: run.parse.ok && constraintsOk && passed === total, score, feedback } };
}
