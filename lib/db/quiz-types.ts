import "server-only";
import type { DecidingStatement, Feedback, GateSummary, GroupScore } from "@/lib/quiz";

/** Why a quiz operation was refused (route handlers map these to HTTP statuses). */
export type AttemptFailureReason = "unauthenticated" | "not-found" | "forbidden" | "submitted" | "expired" | "invalid";

/** An expected failure: a reason, a stable code and a message for people. */
export type AttemptFailure = { ok: false; reason: AttemptFailureReason; code: string; message: string; path?: string };

/** Builds an `AttemptFailure`. */
export function attemptFailure(reason: AttemptFailureReason, code: string, message: string, path?: string): AttemptFailure {
  return path === undefined ? { ok: false, reason, code, message } : { ok: false, reason, code, message, path };
}

/** The gates and deciding statements of one failing visible write case (the trace shown to learners). */
export interface CaseTrace {
  id: string;
  gates: GateSummary[];
  decidedBy: DecidingStatement[];
}

/** Feedback as stored on an answer: lib/quiz's feedback, plus traces of failing visible write cases. */
export type StoredFeedback = Feedback & { caseTraces?: CaseTrace[] };

/** A graded answer as returned after saving (practice mode) and stored on the row. */
export interface AnswerGrading {
  correct: boolean;
  score: number;
  /** Certainty-based marks, when the attempt uses them. */
  certaintyPoints: number | null;
  feedback: StoredFeedback;
}

/** Results stored on a submitted attempt (`Attempt.summary`). */
export interface AttemptSummary {
  total: number;
  answered: number;
  correct: number;
  flagged: number;
  timeSpentMs: number;
  /** score / maxScore, 0..1. */
  ratio: number;
  passMark: number | null;
  byTopic: GroupScore[];
  byDomain: GroupScore[];
  /** Certainty-based marks (right +1/+2/+3, wrong 0/−2/−6), when the attempt used them. */
  certainty: { points: number; max: number } | null;
  /** The attempt this one retakes the missed questions of. */
  retakeOf?: string;
}

/** The stored result of a submitted attempt. */
export interface AttemptResult {
  attemptId: string;
  score: number;
  maxScore: number;
  passed: boolean | null;
  expired: boolean;
  submittedAt: Date;
  summary: AttemptSummary;
}

/** Reads the `retakeOf` marker an attempt's summary may carry from its creation. */
export function retakeOfSummary(summary: unknown): string | undefined {
  if (typeof summary !== "object" || summary === null) return undefined;
  const value = (summary as { retakeOf?: unknown }).retakeOf;
  return typeof value === "string" ? value : undefined;
}

/** The AttemptAnswer columns the runner and the results page read, in one place. */
export const attemptAnswerSelect = {
  position: true,
  questionId: true,
  questionVersion: true,
  versionId: true,
  paramSeed: true,
  response: true,
  certainty: true,
  flagged: true,
  timeSpentMs: true,
  answeredAt: true,
  correct: true,
  score: true,
  feedback: true,
} as const;
