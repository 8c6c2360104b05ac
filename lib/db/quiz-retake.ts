import "server-only";
import { createAttemptFromVersions } from "./attempts";
import { db } from "./client";
import { quizConfigSchema } from "./quizzes";
import { attemptFailure, type AttemptFailure } from "./quiz-types";

/**
 * "Retake only the ones I missed": a new attempt of the same quiz, mode and marking with the same
 * question versions that were not fully right (unanswered included), with fresh template
 * parameters. A timed quiz gets a time limit in proportion to the number of questions.
 */
export async function createRetakeAttempt(userId: string, attemptId: string, at: Date = new Date()): Promise<{ ok: true; attemptId: string } | AttemptFailure> {
  const a = await db().attempt.findUnique({
    where: { id: attemptId },
    select: {
      userId: true,
      status: true,
      quizId: true,
      mode: true,
      certainty: true,
      quiz: { select: { config: true } },
      answers: { orderBy: { position: "asc" }, select: { questionId: true, questionVersion: true, correct: true } },
    },
  });
  if (!a) return attemptFailure("not-found", "ATTEMPT_NOT_FOUND", "no such attempt");
  if (a.userId !== userId) return attemptFailure("forbidden", "FORBIDDEN", "this attempt belongs to someone else");
  if (a.status !== "SUBMITTED") return attemptFailure("invalid", "ATTEMPT_IN_PROGRESS", "submit this attempt before retaking it");
  const missed = a.answers.filter((x) => x.correct !== true).map((x) => ({ questionId: x.questionId, version: x.questionVersion }));
  if (missed.length === 0) return attemptFailure("invalid", "NOTHING_MISSED", "you answered every question correctly: nothing to retake");
  const config = a.quiz ? quizConfigSchema.safeParse(a.quiz.config).data : undefined;
  const limit = config?.timeLimitSeconds ? Math.ceil((config.timeLimitSeconds * missed.length) / Math.max(config.count, a.answers.length)) : null;
  return createAttemptFromVersions(userId, { quizId: a.quizId, mode: a.mode, certainty: a.certainty, questions: missed, timeLimitSeconds: limit, retakeOf: attemptId }, at);
}
