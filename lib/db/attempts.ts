import "server-only";
import { randomInt } from "node:crypto";
import type { Prisma } from "../generated/prisma/client";
import { db } from "./client";
import { drawForQuiz, versionsFor, type DrawnVersion } from "./quiz-draw";
import { getQuiz } from "./quizzes";
import { isPastDeadline, submitAllWithin } from "./quiz-submit";
import { attemptFailure, type AttemptFailure } from "./quiz-types";

export { getAttemptForRunner, type RunnerAttempt, type RunnerItem } from "./quiz-runner";

/** Practice (feedback after each answer) or exam (feedback after submission). */
export type AttemptMode = "PRACTICE" | "EXAM";

/** What a learner chooses when starting a quiz. */
export type StartAttemptInput = {
  quizId: string;
  /** Ignored for exam quizzes (always EXAM); defaults to PRACTICE. */
  mode?: AttemptMode;
  certainty: boolean;
  /** Start over even when an unfinished attempt of this quiz exists (it is submitted as it is). */
  replace?: boolean;
};

/** Result of starting: the attempt to open, and whether it is an unfinished one being resumed. */
export type StartAttemptResult = { ok: true; attemptId: string; resumed: boolean } | AttemptFailure;

type NewAttempt = {
  userId: string;
  quizId: string | null;
  mode: AttemptMode;
  certainty: boolean;
  seed: number;
  timeLimitSeconds: number | null;
  drawn: DrawnVersion[];
  retakeOf?: string;
};

/** Serializes starts per user, so a double click cannot create two attempts. */
async function lockUser(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`attempt-start:${userId}`}))`;
}

async function insertAttempt(tx: Prisma.TransactionClient, a: NewAttempt, at: Date): Promise<string> {
  const created = await tx.attempt.create({
    data: {
      userId: a.userId,
      quizId: a.quizId,
      mode: a.mode,
      certainty: a.certainty,
      seed: a.seed,
      startedAt: at,
      deadlineAt: a.timeLimitSeconds ? new Date(at.getTime() + a.timeLimitSeconds * 1000) : null,
      ...(a.retakeOf ? { summary: { retakeOf: a.retakeOf } } : {}),
      answers: {
        create: a.drawn.map((d, position) => ({
          position,
          questionId: d.questionId,
          questionVersion: d.version,
          versionId: d.versionId,
          paramSeed: d.paramSeed,
        })),
      },
    },
    select: { id: true },
  });
  return created.id;
}

const newSeed = (): number => randomInt(0, 2 ** 31 - 1);

/**
 * Starts an attempt of a quiz: draws its questions (unseen first) and sets the deadline of timed
 * quizzes. An unfinished, unexpired attempt of the same quiz is resumed instead unless `replace`
 * is set (then it is submitted as it is); expired ones are submitted first.
 */
export async function startQuizAttempt(userId: string, input: StartAttemptInput, at: Date = new Date()): Promise<StartAttemptResult> {
  const quiz = await getQuiz(input.quizId);
  if (!quiz) return attemptFailure("not-found", "QUIZ_NOT_FOUND", `no quiz \`${input.quizId}\``);
  const mode: AttemptMode = quiz.kind === "EXAM" ? "EXAM" : (input.mode ?? "PRACTICE");
  return db().$transaction(
    async (tx): Promise<StartAttemptResult> => {
      await lockUser(tx, userId);
      const open = await tx.attempt.findMany({
        where: { userId, quizId: quiz.id, status: "IN_PROGRESS" },
        orderBy: { startedAt: "desc" },
        select: { id: true, deadlineAt: true },
      });
      const live = open.filter((o) => !isPastDeadline(o.deadlineAt, at));
      if (live[0] && input.replace !== true) return { ok: true, attemptId: live[0].id, resumed: true };
      await submitAllWithin(tx, userId, open.map((o) => o.id), at);
      const seed = newSeed();
      const drawn = await drawForQuiz(tx, userId, quiz.config, seed);
      if (drawn.length === 0) return attemptFailure("invalid", "NO_QUESTIONS", "this quiz has no questions yet");
      const attemptId = await insertAttempt(tx, { userId, quizId: quiz.id, mode, certainty: input.certainty, seed, timeLimitSeconds: quiz.config.timeLimitSeconds ?? null, drawn }, at);
      return { ok: true, attemptId, resumed: false };
    },
    { timeout: 20_000 },
  );
}

/** Input of `createAttemptFromVersions`: given question versions instead of a draw. */
export type VersionsAttemptInput = {
  quizId: string | null;
  mode: AttemptMode;
  certainty: boolean;
  questions: readonly { questionId: string; version: number }[];
  timeLimitSeconds?: number | null;
  retakeOf?: string;
};

/**
 * Creates an attempt over the given question versions, in order, with fresh template parameters
 * (a new seed). Used for "retake the ones I missed". Returns the new attempt id, or a failure
 * when none of the versions exists.
 */
export async function createAttemptFromVersions(
  userId: string,
  input: VersionsAttemptInput,
  at: Date = new Date(),
): Promise<{ ok: true; attemptId: string } | AttemptFailure> {
  return db().$transaction(async (tx) => {
    await lockUser(tx, userId);
    const seed = newSeed();
    const drawn = await versionsFor(tx, input.questions, seed);
    if (drawn.length === 0) return attemptFailure("invalid", "NO_QUESTIONS", "there are no questions to retake");
    const attempt: NewAttempt = { userId, quizId: input.quizId, mode: input.mode, certainty: input.certainty, seed, timeLimitSeconds: input.timeLimitSeconds ?? null, drawn };
    if (input.retakeOf) attempt.retakeOf = input.retakeOf;
    return { ok: true as const, attemptId: await insertAttempt(tx, attempt, at) };
  });
}

/** An unfinished attempt, for "Resume" lists. */
export type UnfinishedAttempt = {
  id: string;
  quizId: string | null;
  quizTitle: string;
  mode: AttemptMode;
  startedAt: Date;
  deadlineAt: Date | null;
  answered: number;
  total: number;
};

/** The user's unfinished attempts (newest first), optionally of one quiz; expired ones excluded. */
export async function listUnfinishedAttempts(userId: string, at: Date = new Date(), quizId?: string): Promise<UnfinishedAttempt[]> {
  const rows = await db().attempt.findMany({
    where: { userId, status: "IN_PROGRESS", ...(quizId ? { quizId } : {}) },
    orderBy: { startedAt: "desc" },
    take: 50,
    select: {
      id: true,
      quizId: true,
      mode: true,
      startedAt: true,
      deadlineAt: true,
      quiz: { select: { title: true } },
      answers: { select: { answeredAt: true } },
    },
  });
  return rows
    .filter((r) => !isPastDeadline(r.deadlineAt, at))
    .map(({ answers, quiz, ...r }) => ({ ...r, quizTitle: quiz?.title ?? "Retake", answered: answers.filter((a) => a.answeredAt !== null).length, total: answers.length }));
}
