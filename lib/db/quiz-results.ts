import "server-only";
import type { QuestionInstance } from "@/lib/quiz";
import { db } from "./client";
import { getQuestionVersions, instanceOf } from "./quiz-bank";
import { attemptAnswerSelect, attemptFailure, type AttemptFailure, type AttemptSummary, type StoredFeedback } from "./quiz-types";

/** One reviewed question of a submitted attempt (the full instance: the attempt is over). */
export type ResultItem = {
  position: number;
  questionId: string;
  version: number;
  versionId: string;
  instance: QuestionInstance;
  response: unknown;
  certainty: number | null;
  flagged: boolean;
  timeSpentMs: number;
  answered: boolean;
  correct: boolean | null;
  score: number | null;
  feedback: StoredFeedback | null;
};

/** A submitted attempt with its result and every question for review. */
export type AttemptResults = {
  id: string;
  quizId: string | null;
  quizTitle: string;
  quizKind: "TOPIC" | "PRACTICE" | "EXAM" | null;
  mode: "PRACTICE" | "EXAM";
  certainty: boolean;
  startedAt: Date;
  submittedAt: Date | null;
  expired: boolean;
  score: number;
  maxScore: number;
  passed: boolean | null;
  summary: AttemptSummary;
  items: ResultItem[];
};

/**
 * The results of one of the user's attempts. Refused with `invalid`/`ATTEMPT_IN_PROGRESS` while the
 * attempt is still running (nothing of the key is returned then).
 */
export async function getAttemptResults(userId: string, attemptId: string): Promise<{ ok: true; results: AttemptResults } | AttemptFailure> {
  const a = await db().attempt.findUnique({
    where: { id: attemptId },
    select: {
      id: true,
      userId: true,
      quizId: true,
      mode: true,
      status: true,
      certainty: true,
      startedAt: true,
      submittedAt: true,
      expired: true,
      score: true,
      maxScore: true,
      passed: true,
      summary: true,
      quiz: { select: { title: true, kind: true } },
      answers: { orderBy: { position: "asc" }, select: attemptAnswerSelect },
    },
  });
  if (!a) return attemptFailure("not-found", "ATTEMPT_NOT_FOUND", "no such attempt");
  if (a.userId !== userId) return attemptFailure("forbidden", "FORBIDDEN", "this attempt belongs to someone else");
  if (a.status !== "SUBMITTED") return attemptFailure("invalid", "ATTEMPT_IN_PROGRESS", "this attempt has not been submitted yet");
  const questions = await getQuestionVersions(a.answers.map((x) => x.versionId));
  const items = a.answers.flatMap((x): ResultItem[] => {
    const q = questions.get(x.versionId);
    if (!q) return [];
    const { questionVersion, paramSeed, answeredAt, feedback, ...rest } = x;
    return [{ ...rest, version: questionVersion, instance: instanceOf(x.versionId, q, paramSeed), answered: answeredAt !== null, feedback: feedback as StoredFeedback | null }];
  });
  const { quiz, userId: _owner, status: _status, answers: _answers, ...attempt } = a;
  return {
    ok: true,
    results: {
      ...attempt,
      quizTitle: quiz?.title ?? "Retake",
      quizKind: quiz?.kind ?? null,
      score: a.score ?? 0,
      maxScore: a.maxScore ?? items.length,
      summary: a.summary as unknown as AttemptSummary,
      items,
    },
  };
}
