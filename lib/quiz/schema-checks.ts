/**
 * Cross-field checks of a question that zod's shape validation cannot express: option keys,
 * placeholders, and that evaluator-backed scenarios and policies are usable by lib/iam.
 */
import { compileScenarioPolicies, evaluate, type Diagnostic } from "@/lib/iam";
import { instantiate, placeholderNames, PLACEHOLDER } from "./params";
import { caseRequest, listStatements, slotField } from "./scenario";
import type { FillQuestion, MultipleQuestion, OrderingQuestion, PredictQuestion, Question, SingleQuestion, SpotQuestion, WriteQuestion } from "./schema-types";
import { parseLearnerPolicy } from "./write-check";

/** Reports one problem at a path relative to the question. */
export type Report = (path: (string | number)[], message: string) => void;

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

function checkChoice(q: SingleQuestion | MultipleQuestion, report: Report): void {
  for (const id of duplicates(q.options.map((o) => o.id))) report(["options"], `option id \`${id}\` is used more than once`);
  const correct = q.options.filter((o) => o.correct).length;
  if (q.type === "single" && correct !== 1) report(["options"], `a single-choice question needs exactly one correct option (found ${correct})`);
  if (q.type === "multiple" && correct < 1) report(["options"], "a multiple-response question needs at least one correct option");
  q.options.forEach((o, i) => {
    if (o.correct && o.misconception !== undefined) report(["options", i, "misconception"], "a misconception tag belongs on a wrong option");
  });
}

function checkOrdering(q: OrderingQuestion, report: Report): void {
  for (const id of duplicates(q.items.map((o) => o.id))) report(["items"], `item id \`${id}\` is used more than once`);
}

function checkFill(q: FillQuestion, report: Report): void {
  if ((q.accepted === undefined) === (q.numeric === undefined)) report([], "a fill question needs exactly one of `accepted` or `numeric`");
}

/** Walks every string of a value with its path. */
function eachString(value: unknown, path: (string | number)[], visit: (s: string, path: (string | number)[]) => void): void {
  if (typeof value === "string") visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => eachString(v, [...path, i], visit));
  else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) eachString(v, [...path, k], visit);
}

function checkPlaceholders(q: Question, report: Report): void {
  const { params, ...rest } = q as Question & { params?: Record<string, unknown> };
  const declared = new Set(Object.keys(params ?? {}));
  eachString(rest, [], (s, path) => {
    for (const m of s.matchAll(PLACEHOLDER)) {
      if (m[1] !== undefined && !declared.has(m[1])) report(path, `unknown placeholder \`${m[0]}\`${params ? "" : ": the question has no params"}`);
    }
  });
  const used = placeholderNames(rest);
  for (const name of declared) if (!used.has(name)) report(["params", name], `param \`${name}\` is never used`);
}

function reportDiagnostics(diags: readonly Diagnostic[], prefix: (string | number)[], report: Report): void {
  for (const d of diags) if (d.severity === "error") report(d.path ? [...prefix, d.path] : prefix, d.message);
}

function checkPredict(q: PredictQuestion, report: Report): void {
  const template = q.params !== undefined && Object.keys(q.params).length > 0;
  if (template && q.explanationByDecision === undefined) report(["explanationByDecision"], "a template needs `explanationByDecision` (its decision depends on the params)");
  if (template && q.statedDecision !== undefined) report(["statedDecision"], "a template states its decisions in `explanationByDecision`, not `statedDecision`");
  if (!template && q.statedDecision === undefined) report(["statedDecision"], "a predict question needs `statedDecision` (the decision its explanation claims)");
  const inst = instantiate(q, 0);
  reportDiagnostics(evaluate(inst.scenario).diagnostics, ["scenario"], report);
}

function checkSpot(q: SpotQuestion, report: Report): void {
  reportDiagnostics(evaluate(q.scenario).diagnostics, ["scenario"], report);
  const paths = listStatements(q.scenario).map((s) => s.path);
  if (!paths.includes(q.statedStatement)) report(["statedStatement"], `\`${q.statedStatement}\` is not a statement of the scenario (${paths.join(", ")})`);
}

function checkWrite(template: WriteQuestion, report: Report): void {
  const q = instantiate(template, 0);
  for (const id of duplicates(q.cases.map((c) => c.id))) report(["cases"], `case id \`${id}\` is used more than once`);
  const field = slotField(q.slot);
  if (q.slot !== "identity" && q.slot !== "scp" && q.base.policies[field] != null) {
    report(["base", "policies", field], `must be null: the learner's policy fills the \`${q.slot}\` slot`);
  }
  q.cases.forEach((c, i) => {
    const req = caseRequest(q, c.request);
    for (const key of ["principal", "action", "resource", "context"] as const) {
      if (req[key] === undefined) report(["cases", i, "request"], `the case has no \`${key}\` (neither in the case nor in \`base.request\`)`);
    }
  });
  reportDiagnostics(compileScenarioPolicies(q.base.policies).diagnostics, ["base"], report);
  const solution = parseLearnerPolicy(q.solution, q.slot);
  if (!solution.ok) for (const d of solution.diagnostics) report(["solution"], `${d.path ? `${d.path}: ` : ""}${d.message}`);
}

/** Runs every cross-field check of a question (after shape validation). */
export function checkQuestion(q: Question, report: Report): void {
  checkPlaceholders(q, report);
  switch (q.type) {
    case "single":
    case "multiple":
      return checkChoice(q, report);
    case "ordering":
      return checkOrdering(q, report);
    case "fill":
      return checkFill(q, report);
    case "predict":
      return checkPredict(q, report);
    case "spot":
      return checkSpot(q, report);
    case "write":
      return checkWrite(q, report);
    case "truefalse":
      return;
  }
}
