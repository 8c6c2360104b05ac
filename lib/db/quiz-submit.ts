import "server-only";
import { certaintyScore, scoreByDomain, scoreByTopic, type Certainty, type ScoredResult } from "@/lib/quiz";
import type { Prisma } from "../generated/prisma/client";
import { db } from "./client";
import { quizConfigSchema } from "./quizzes";
import { attemptFailure, retakeOfSummary, type AttemptFailure, type AttemptResult, type AttemptSummary } from "./quiz-types";

/** Result of submitting: the one stored result, and whether an earlier call had already stored it. */
export type SubmitResult = { ok: true; alreadySubmitted: boolean; result: AttemptResult } | AttemptFailure;

/** Whether `at` is past a deadline (by more than `graceMs`); attempts without a deadline never expire. */
export function isPastDeadline(deadlineAt: Date | null, at: Date, graceMs = 0): boolean {
  return deadlineAt !== null && at.getTime() > deadlineAt.getTime() + graceMs;
}

const isCertainty = (n: number | null): n is Certainty => n === 1 || n === 2 || n === 3;

async function scoreAttempt(tx: Prisma.TransactionClient, attemptId: string): Promise<void> {
  const a = await tx.attempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: {
      certainty: true,
      summary: true,
      quiz: { select: { config: true } },
      answers: {
        select: { correct: true, score: true, certainty: true, flagged: true, timeSpentMs: true, answeredAt: true, version: { select: { question: { select: { topics: true, domains: true } } } } },
      },
    },
  });
  const results: ScoredResult[] = a.answers.map((x) => ({ ...x.version.question, score: x.score ?? 0, correct: x.correct === true }));
  const score = results.reduce((sum, r) => sum + r.score, 0);
  const maxScore = results.length;
  const passMark = a.quiz ? (quizConfigSchema.safeParse(a.quiz.config).data?.passMark ?? null) : null;
  const ratio = maxScore > 0 ? score / maxScore : 0;
  const answered = a.answers.filter((x) => x.answeredAt !== null);
  const certainty = a.certainty
    ? { points: answered.reduce((sum, x) => sum + (isCertainty(x.certainty) ? certaintyScore(x.correct === true, x.certainty) : 0), 0), max: 3 * maxScore }
    : null;
  const summary: AttemptSummary = {
    total: maxScore,
    answered: answered.length,
    correct: results.filter((r) => r.correct).length,
    flagged: a.answers.filter((x) => x.flagged).length,
    timeSpentMs: a.answers.reduce((sum, x) => sum + x.timeSpentMs, 0),
    ratio,
    passMark,
    byTopic: scoreByTopic(results),
    byDomain: scoreByDomain(results),
    certainty,
  };
  const retakeOf = retakeOfSummary(a.summary);
  if (retakeOf) summary.retakeOf = retakeOf;
  const passed = passMark === null ? null : ratio >= passMark - 1e-9;
  await tx.attempt.update({ where: { id: attemptId }, data: { score, maxScore, passed, summary: summary as unknown as Prisma.InputJsonValue } });
}

async function storedResult(tx: Prisma.TransactionClient, attemptId: string): Promise<AttemptResult> {
  const a = await tx.attempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: { score: true, maxScore: true, passed: true, expired: true, submittedAt: true, summary: true },
  });
  return {
    attemptId,
    score: a.score ?? 0,
    maxScore: a.maxScore ?? 0,
    passed: a.passed,
    expired: a.expired,
    submittedAt: a.submittedAt ?? new Date(0),
    summary: a.summary as unknown as AttemptSummary,
  };
}

/**
 * Submits inside a transaction. Idempotent in SQL: `UPDATE … WHERE status = 'IN_PROGRESS'` takes the
 * row lock, so of two concurrent submits exactly one scores the attempt; the other waits, matches
 * no row and returns the stored result. An attempt past its deadline is marked expired.
 */
export async function submitWithin(tx: Prisma.TransactionClient, userId: string, attemptId: string, at: Date): Promise<SubmitResult> {
  const head = await tx.attempt.findUnique({ where: { id: attemptId }, select: { userId: true, deadlineAt: true } });
  if (!head) return attemptFailure("not-found", "ATTEMPT_NOT_FOUND", "no such attempt");
  if (head.userId !== userId) return attemptFailure("forbidden", "FORBIDDEN", "this attempt belongs to someone else");
  const expired = isPastDeadline(head.deadlineAt, at);
  const submittedAt = expired && head.deadlineAt ? head.deadlineAt : at;
  const updated = await tx.attempt.updateMany({ where: { id: attemptId, userId, status: "IN_PROGRESS" }, data: { status: "SUBMITTED", submittedAt, expired } });
  if (updated.count === 0) return { ok: true, alreadySubmitted: true, result: await storedResult(tx, attemptId) };
  await scoreAttempt(tx, attemptId);
  // INVARIANT: both branches return the row as stored (jsonb does not keep every float digit), so
  // the first and a racing second submit report the identical result.
  return { ok: true, alreadySubmitted: false, result: await storedResult(tx, attemptId) };
}

/** Submits an attempt (idempotent: a second call returns the stored result). */
export async function submitAttempt(userId: string, attemptId: string, at: Date = new Date()): Promise<SubmitResult> {
  return db().$transaction((tx) => submitWithin(tx, userId, attemptId, at));
}

/** Submits the given attempts inside a transaction (used when starting over). */
export async function submitAllWithin(tx: Prisma.TransactionClient, userId: string, attemptIds: readonly string[], at: Date): Promise<void> {
  for (const id of attemptIds) await submitWithin(tx, userId, id, at);
}

/** Submits the user's attempts whose deadline has passed (what was answered counts); returns their ids. */
export async function finalizeExpiredAttempts(userId: string, at: Date = new Date()): Promise<string[]> {
  const open = await db().attempt.findMany({ where: { userId, status: "IN_PROGRESS", deadlineAt: { lt: at } }, select: { id: true } });
  for (const { id } of open) await submitAttempt(userId, id, at);
  return open.map((o) => o.id);
}

/** The stored result of a submitted attempt of this user, or null. */
export async function getAttemptResult(userId: string, attemptId: string): Promise<AttemptResult | null> {
  const a = await db().attempt.findFirst({ where: { id: attemptId, userId, status: "SUBMITTED" }, select: { id: true } });
  return a ? storedResult(db(), attemptId) : null;
}
