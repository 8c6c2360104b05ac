/**
 * Running one scenario of a file through the evaluator and telling "could not be evaluated" (a
 * scenario-shape error such as a missing `request`) apart from policy problems, which the
 * evaluator skips and records.
 */
import { DIAGNOSTIC_CODES, evaluate, type Diagnostic, type EvalResult } from "@/lib/iam";
import { joinPath, scenarioLabel, type ScenarioEntry } from "./input";

const DECISIONS = ["Allow", "ExplicitDeny", "ImplicitDeny"] as const;
/** A decision an `expected` field may hold. */
export type ExpectedDecision = (typeof DECISIONS)[number];

const SHAPE_CODES: ReadonlySet<string> = new Set([
  DIAGNOSTIC_CODES.SCENARIO_NOT_OBJECT,
  DIAGNOSTIC_CODES.SCENARIO_MISSING_FIELD,
  DIAGNOSTIC_CODES.SCENARIO_WRONG_TYPE,
  DIAGNOSTIC_CODES.INTERNAL_ERROR,
]);

/** A scenario problem that stops it from being evaluated, with its path in the file. */
export interface ScenarioProblem {
  /** JSON path in the file, e.g. `cases[3].request.action`. */
  path: string;
  message: string;
}

/** The outcome of one scenario. */
export interface ScenarioOutcome {
  entry: ScenarioEntry;
  result: EvalResult;
  /** The scenario's `expected` when it is a valid decision. */
  expected: ExpectedDecision | undefined;
  /** Set when `expected` is present but not a decision. */
  badExpected: boolean;
  /** False when a scenario-shape error (e.g. no `request`) left no meaningful decision. */
  evaluated: boolean;
  /** Input errors: shape errors, and an `expected` that is not a decision. Empty when the input is valid. */
  problems: ScenarioProblem[];
}

function isShapeError(d: Diagnostic): boolean {
  return d.severity === "error" && SHAPE_CODES.has(d.code);
}

function readExpected(raw: unknown): { expected: ExpectedDecision | undefined; bad: boolean } {
  if (typeof raw !== "object" || raw === null || !("expected" in raw)) return { expected: undefined, bad: false };
  const value = raw.expected;
  if (value === undefined || value === null) return { expected: undefined, bad: false };
  const ok = typeof value === "string" && (DECISIONS as readonly string[]).includes(value);
  return ok ? { expected: value as ExpectedDecision, bad: false } : { expected: undefined, bad: true };
}

/** Evaluates one scenario entry; `trace` builds the full trace. Never throws. */
export function runScenario(entry: ScenarioEntry, trace: boolean): ScenarioOutcome {
  const result = evaluate(entry.raw, trace ? { trace: true } : {});
  const problems = result.diagnostics.filter(isShapeError).map((d) => ({ path: joinPath(entry.path, d.path), message: d.message }));
  const evaluated = problems.length === 0;
  const { expected, bad } = readExpected(entry.raw);
  if (bad) problems.push({ path: joinPath(entry.path, "expected"), message: "`expected` must be `Allow`, `ExplicitDeny` or `ImplicitDeny`" });
  return { entry, result, expected, badExpected: bad, evaluated, problems };
}

/** One stderr line per problem: `scenario "id" (cases[3]): cases[3].request: scenario needs a ...`. */
export function problemLines(outcome: ScenarioOutcome): string[] {
  const label = scenarioLabel(outcome.entry);
  return outcome.problems.map((p) => `error: ${label}: ${p.path || "(scenario)"}: ${p.message}`);
}
