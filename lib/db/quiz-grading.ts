import "server-only";
import { parseJsonText, type StatementRef } from "@/lib/iam";
import {
  gateSummaries,
  gradeAnswer,
  responseSchemas,
  runWrite,
  type Certainty,
  type DecidingStatement,
  type QuestionInstance,
} from "@/lib/quiz";
import type { AnswerGrading, CaseTrace, StoredFeedback } from "./quiz-types";

/** A response that cannot be stored: a stable code, a message and the path in the response. */
export type GradingError = { code: string; message: string; path: string };

/** A graded response ready to store: the cleaned response and its grading. */
export type GradedResponse = { ok: true; response: unknown; grading: AnswerGrading } | { ok: false; error: GradingError };

function deciding(ref: StatementRef): DecidingStatement {
  const out: DecidingStatement = { path: ref.path, policyType: ref.policyType, effect: ref.effect };
  if (ref.sid !== undefined) out.sid = ref.sid;
  return out;
}

/** Gates and deciding statements of every failing visible case of a write answer. */
function caseTraces(question: Extract<QuestionInstance, { type: "write" }>, policy: string): CaseTrace[] {
  const run = runWrite(question, policy);
  return run.cases
    .filter((c) => !c.hidden && !c.passed)
    .map((c) => ({ id: c.id, gates: gateSummaries(c.result), decidedBy: c.result.decidedBy.map(deciding) }));
}

/** A write answer whose policy is not JSON at all: refused with the syntax error's line and column. */
function jsonSyntaxError(response: unknown): GradingError | null {
  const policy = (response as { policy?: unknown }).policy;
  if (typeof policy !== "string") return null;
  const parsed = parseJsonText(policy);
  if (parsed.ok) return null;
  const { line, column } = parsed.error.range.start;
  return { code: "INVALID_POLICY_JSON", message: `the policy is not valid json: ${parsed.error.message} (line ${line}, column ${column})`, path: "policy" };
}

/**
 * Grades a response on the server (lib/quiz), refusing what cannot be stored: a malformed
 * response, an unknown option or statement, a policy over 20 KB, or a policy that is not JSON.
 */
export function gradeForStorage(question: QuestionInstance, response: unknown, certainty: Certainty | null): GradedResponse {
  if (typeof response !== "object" || response === null || Array.isArray(response)) {
    return { ok: false, error: { code: "INVALID_RESPONSE", message: `invalid response for a ${question.type} question: must be an object`, path: "" } };
  }
  const withCertainty = certainty === null ? response : { ...response, certainty };
  const result = gradeAnswer(question, withCertainty);
  if (!result.ok) return { ok: false, error: result.error };
  if (question.type === "write") {
    const syntax = jsonSyntaxError(response);
    if (syntax) return { ok: false, error: syntax };
  }
  const clean = responseSchemas[question.type].safeParse(response);
  if (!clean.success) return { ok: false, error: { code: "INVALID_RESPONSE", message: "invalid response", path: "" } };
  const { certainty: _ignored, ...stored } = clean.data as { certainty?: unknown };
  const { correct, score, feedback } = result.result;
  const full: StoredFeedback =
    question.type === "write" && feedback.type === "write" ? { ...feedback, caseTraces: caseTraces(question, (stored as { policy: string }).policy) } : feedback;
  return { ok: true, response: stored, grading: { correct, score, certaintyPoints: result.result.certainty?.points ?? null, feedback: full } };
}
