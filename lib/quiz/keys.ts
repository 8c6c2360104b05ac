/**
 * Computed keys of evaluator-backed questions. No key is hand-typed: predict and spot keys come
 * from `evaluate`, write questions run the learner's policy through every case.
 */
import { compileScenarioPolicies, evaluate, evaluateCompiled, type Decision, type EvalResult, type StatementRef } from "@/lib/iam";
import { caseRequest, withLearnerPolicy } from "./scenario";
import type { Scenario } from "./schema-parts";
import type { WriteQuestion } from "./schema-types";
import { checkConstraints, parseLearnerPolicy, type ConstraintResult, type LearnerParse } from "./write-check";

/** The evaluator's answer for a scenario. */
export interface DecisionKey {
  decision: Decision;
  /** Paths of the deciding statements (`policies.identity[0].Statement[1]`). */
  paths: string[];
  decidedBy: StatementRef[];
  result: EvalResult;
}

/** Evaluates a predict or spot scenario (with a trace) and returns its decision and deciding statements. */
export function scenarioKey(scenario: Scenario): DecisionKey {
  const result = evaluate(scenario, { trace: true });
  return { decision: result.decision, paths: result.decidedBy.map((r) => r.path), decidedBy: result.decidedBy, result };
}

/** The key of a predict question: the evaluator's decision (and the deciding statements). */
export const predictKey = (question: { scenario: Scenario }): DecisionKey => scenarioKey(question.scenario);

/** The key of a spot question: the set of `decidedBy` paths (any of them is accepted). */
export const spotKey = (question: { scenario: Scenario }): DecisionKey => scenarioKey(question.scenario);

/** One case of a write question run against a policy. */
export interface WriteCaseResult {
  id: string;
  label: string;
  hidden: boolean;
  expect: "allow" | "deny";
  decision: Decision;
  passed: boolean;
  result: EvalResult;
}

/** A learner's policy run through a write question. */
export interface WriteRun {
  parse: LearnerParse;
  /** Empty when the policy did not parse. */
  constraints: ConstraintResult[];
  /** Empty when the policy did not parse. */
  cases: WriteCaseResult[];
}

/** The parts of a write question `runWrite` needs. */
export type WriteSpec = Pick<WriteQuestion, "slot" | "base" | "cases" | "constraints">;

/**
 * Runs a policy text through every case of a write question: parse (a malformed policy gives
 * `parse.ok === false` with line/column diagnostics), constraints, then one evaluation per case
 * against policies compiled once. `trace` adds a trace to visible cases. Never throws.
 */
export function runWrite(question: WriteSpec, policyText: string, opts: { trace?: boolean } = {}): WriteRun {
  const parse = parseLearnerPolicy(policyText, question.slot);
  if (!parse.ok) return { parse, constraints: [], cases: [] };
  const compiled = compileScenarioPolicies(withLearnerPolicy(question.base.policies, question.slot, policyText));
  const organization = question.base.organization ?? {};
  const cases = question.cases.map((c): WriteCaseResult => {
    const trace = opts.trace === true && !c.hidden;
    const result = evaluateCompiled(compiled, caseRequest(question, c.request), { organization, trace, flip: trace });
    const passed = (result.decision === "Allow") === (c.expect === "allow");
    return { id: c.id, label: c.label, hidden: c.hidden, expect: c.expect, decision: result.decision, passed, result };
  });
  return { parse, constraints: checkConstraints(parse.policy, question.constraints), cases };
}

/** Whether a write run passes: the policy parsed, every constraint holds and every case passed. */
export function writePasses(run: WriteRun): boolean {
  return run.parse.ok && run.constraints.every((c) => c.ok) && run.cases.every((c) => c.passed);
}
