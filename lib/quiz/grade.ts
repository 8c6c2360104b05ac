/**
 * `gradeAnswer`: validates a learner's response for an instantiated question with a per-type zod
 * schema and grades it. Expected problems are return values; it never throws.
 */
import { certaintyScore } from "./certainty";
import { gradeFill, gradeMultiple, gradeOrdering, gradeSingle, gradeTrueFalse } from "./grade-choice";
import { gradePredict, gradeSpot, gradeWrite } from "./grade-lab";
import type { GradeResult } from "./grade-types";
import type { QuestionInstance } from "./params";
import { GRADE_ERROR_CODES as E, MAX_POLICY_BYTES, responseSchemas, utf8Length, type Certainty, type GradeError, type ResponseOf } from "./responses";
import { formatPath } from "./schema";
import type { QuestionType } from "./schema-types";

const fail = (code: GradeError["code"], message: string, path = ""): GradeResult => ({ ok: false, error: { code, message, path } });

/** Our own size limit on submitted policies, checked before anything else. */
function tooLarge(response: unknown): GradeResult | null {
  if (typeof response !== "object" || response === null) return null;
  const policy = (response as { policy?: unknown }).policy;
  if (typeof policy !== "string") return null;
  // Cheap bound first: a UTF-8 character is at most 3 bytes per UTF-16 code unit.
  if (policy.length * 3 <= MAX_POLICY_BYTES) return null;
  const bytes = utf8Length(policy);
  if (bytes <= MAX_POLICY_BYTES) return null;
  return fail(E.POLICY_TOO_LARGE, `the policy is ${bytes} bytes; the limit is ${MAX_POLICY_BYTES} bytes (20 KB)`, "policy");
}

type Parsed<R> = { ok: true; data: R } | { ok: false; result: GradeResult };

function parse<T extends QuestionType>(type: T, response: unknown): Parsed<ResponseOf<T>> {
  const parsed = responseSchemas[type].safeParse(response);
  if (parsed.success) return { ok: true, data: parsed.data as ResponseOf<T> };
  const issue = parsed.error.issues[0];
  const path = issue ? formatPath(issue.path) : "";
  const where = path ? ` at \`${path}\`` : "";
  return { ok: false, result: fail(E.INVALID_RESPONSE, `invalid response for a ${type} question${where}: ${issue?.message ?? "invalid input"}`, path) };
}

function grade<R>(parsed: Parsed<R>, fn: (r: R) => GradeResult): GradeResult {
  return parsed.ok ? fn(parsed.data) : parsed.result;
}

function dispatch(q: QuestionInstance, response: unknown): GradeResult {
  switch (q.type) {
    case "single":
      return grade(parse("single", response), (r) => gradeSingle(q, r));
    case "multiple":
      return grade(parse("multiple", response), (r) => gradeMultiple(q, r));
    case "truefalse":
      return grade(parse("truefalse", response), (r) => gradeTrueFalse(q, r));
    case "ordering":
      return grade(parse("ordering", response), (r) => gradeOrdering(q, r));
    case "fill":
      return grade(parse("fill", response), (r) => gradeFill(q, r));
    case "predict":
      return grade(parse("predict", response), (r) => gradePredict(q, r));
    case "spot":
      return grade(parse("spot", response), (r) => gradeSpot(q, r));
    case "write":
      return grade(parse("write", response), (r) => gradeWrite(q, r));
  }
  // Unreachable for validated questions; a hand-built object with another type lands here.
  return fail(E.INTERNAL_ERROR, `unknown question type \`${String((q as { type: unknown }).type)}\``);
}

function withCertainty(result: GradeResult, response: unknown): GradeResult {
  if (!result.ok) return result;
  const level = (response as { certainty?: Certainty }).certainty;
  if (level === undefined) return result;
  return { ok: true, result: { ...result.result, certainty: { level, points: certaintyScore(result.result.correct, level) } } };
}

/**
 * Grades a response to an instantiated question (see `instantiate`). Responses by type:
 * single `{choice}`, multiple `{choices}`, truefalse `{answer}`, ordering `{order}`, fill `{text}`,
 * predict `{decision, statement?}`, spot `{statement}`, write `{policy}`; each may add
 * `certainty: 1 | 2 | 3`. A write policy over 20 KB is refused (`POLICY_TOO_LARGE`) before
 * anything else; a policy that is not JSON is graded wrong with the parser's diagnostic.
 */
export function gradeAnswer(question: QuestionInstance, response: unknown): GradeResult {
  try {
    if (question.type === "write") {
      const big = tooLarge(response);
      if (big) return big;
    }
    const params = (question as { params?: unknown }).params;
    if (params !== undefined && params !== null && Object.keys(params).length > 0) {
      return fail(E.NOT_INSTANTIATED, `question \`${question.id}\` is a template; grade an instance from \`instantiate\``);
    }
    return withCertainty(dispatch(question, response), response);
  } catch (err) {
    // INVARIANT: grading never throws; an internal error is reported as a value.
    return fail(E.INTERNAL_ERROR, `internal error: ${err instanceof Error ? err.message : String(err)}`);
  }
}
