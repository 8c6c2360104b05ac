import "server-only";
import type { Question } from "@/lib/quiz";
import { cardFromAnswer, nextDue, pickDue, scheduleCard, upcoming, type RatingName, type ReviewCardState } from "@/lib/review";
import { db } from "./client";
import { getQuestionVersions } from "./quiz-bank";

/** A card as the review page needs it: FSRS state plus the question's current version. */
export interface DueCard extends ReviewCardState {
  id: string;
  questionId: string;
  versionId: string;
  question: Question;
}

/** Counts for the review page. */
export interface ReviewOverview {
  /** Cards of active questions. */
  total: number;
  dueNow: number;
  /** Due dates of cards falling due within the next 7 days (not yet due). */
  upcoming: Date[];
  nextDue: Date | null;
}

/** Why a review was refused. */
export type ReviewFailure = { ok: false; code: "NOT_FOUND" | "NOT_DUE" | "CONFLICT"; message: string };

const CARD_FIELDS = { id: true, questionId: true, due: true, stability: true, difficulty: true, elapsedDays: true, scheduledDays: true, learningSteps: true, reps: true, lapses: true, state: true, lastReview: true } as const;

type AnswerRow = { questionId: string; correct: boolean; answeredAt: Date };

/**
 * The learner's last graded answer of each question. Only answers whose feedback the learner has
 * seen count: practice answers, and answers of submitted attempts (never a running exam's).
 */
async function latestAnswers(userId: string): Promise<AnswerRow[]> {
  return db().$queryRaw<AnswerRow[]>`
    SELECT DISTINCT ON (a."questionId") a."questionId", a."correct", a."answeredAt"
    FROM "AttemptAnswer" a JOIN "Attempt" t ON t."id" = a."attemptId"
    WHERE t."userId" = ${userId} AND a."answeredAt" IS NOT NULL AND a."correct" IS NOT NULL
      AND (t."status" = 'SUBMITTED' OR t."mode" = 'PRACTICE')
    ORDER BY a."questionId", a."answeredAt" DESC`;
}

/**
 * Makes a card for every question the learner has answered (a wrong last answer is due at once, a
 * right one is scheduled as Good), and makes an existing card due when the learner answered its
 * question wrong after the card was last reviewed. Idempotent; safe to run concurrently.
 */
export async function syncReviewCards(userId: string, now: Date = new Date()): Promise<{ created: number; madeDue: number }> {
  const answers = await latestAnswers(userId);
  if (answers.length === 0) return { created: 0, madeDue: 0 };
  const cards = await db().reviewCard.findMany({ where: { userId }, select: { id: true, questionId: true, due: true, lastReview: true, createdAt: true } });
  const byQuestion = new Map(cards.map((c) => [c.questionId, c]));
  const fresh = answers.filter((a) => !byQuestion.has(a.questionId)).map((a) => ({ userId, questionId: a.questionId, createdAt: now, ...cardFromAnswer(a.correct, a.answeredAt) }));
  const created = fresh.length > 0 ? (await db().reviewCard.createMany({ data: fresh, skipDuplicates: true })).count : 0;
  let madeDue = 0;
  for (const a of answers) {
    const card = byQuestion.get(a.questionId);
    if (!card || a.correct || a.answeredAt <= (card.lastReview ?? card.createdAt) || card.due <= a.answeredAt) continue;
    const changed = await db().reviewCard.updateMany({ where: { id: card.id, userId, due: { gt: a.answeredAt } }, data: { due: a.answeredAt } });
    madeDue += changed.count;
  }
  return { created, madeDue };
}

/** The user's cards whose question is still active, with the version each should be shown in. */
async function activeCards(userId: string) {
  const cards = await db().reviewCard.findMany({ where: { userId }, select: CARD_FIELDS });
  if (cards.length === 0) return [];
  const questions = await db().question.findMany({ where: { id: { in: [...new Set(cards.map((c) => c.questionId))] }, active: true }, select: { id: true, currentVersion: true } });
  const version = new Map(questions.map((q) => [q.id, q.currentVersion]));
  return cards.flatMap((c) => {
    const v = version.get(c.questionId);
    return v === undefined ? [] : [{ ...c, version: v }];
  });
}

/** How many cards there are, how many are due now and which fall due in the next 7 days. */
export async function getReviewOverview(userId: string, now: Date = new Date()): Promise<ReviewOverview> {
  const cards = await activeCards(userId);
  return {
    total: cards.length,
    dueNow: pickDue(cards, now).length,
    upcoming: upcoming(cards, now, 7).map((c) => c.due),
    nextDue: nextDue(cards, now),
  };
}

/** Up to `limit` due cards, most overdue first, each with its question. */
export async function listDueCards(userId: string, now: Date = new Date(), limit = 20): Promise<DueCard[]> {
  const due = pickDue(await activeCards(userId), now, limit);
  if (due.length === 0) return [];
  const versions = await db().questionVersion.findMany({
    where: { OR: due.map((c) => ({ questionId: c.questionId, version: c.version })) },
    select: { id: true, questionId: true, version: true },
  });
  const versionId = new Map(versions.map((v) => [`${v.questionId}@${v.version}`, v.id]));
  const bodies = await getQuestionVersions(versions.map((v) => v.id));
  return due.flatMap(({ version, ...card }) => {
    const id = versionId.get(`${card.questionId}@${version}`);
    const question = id ? bodies.get(id) : undefined;
    return id && question ? [{ ...card, versionId: id, question }] : [];
  });
}

/** One of the user's cards with its question, or null when there is none (or it is someone else's). */
export async function getReviewCard(userId: string, cardId: string): Promise<DueCard | null> {
  const card = await db().reviewCard.findFirst({ where: { id: cardId, userId }, select: CARD_FIELDS });
  if (!card) return null;
  const q = await db().question.findFirst({ where: { id: card.questionId, active: true }, select: { currentVersion: true } });
  if (!q) return null;
  const version = await db().questionVersion.findUnique({ where: { questionId_version: { questionId: card.questionId, version: q.currentVersion } }, select: { id: true } });
  const question = version ? (await getQuestionVersions([version.id])).get(version.id) : undefined;
  return version && question ? { ...card, versionId: version.id, question } : null;
}

/** A recorded review: the card's next due date. */
export type RecordedReview = { ok: true; due: Date; reps: number; lapses: number };

/**
 * Records a rating of a due card at `now`: schedules it with FSRS, updates the card and appends a
 * log row in one transaction. Refuses another user's card (as not found), a card that is not due,
 * and a review that lost a race with another one.
 */
export async function recordReview(userId: string, cardId: string, rating: RatingName, now: Date = new Date()): Promise<RecordedReview | ReviewFailure> {
  return db().$transaction(async (tx): Promise<RecordedReview | ReviewFailure> => {
    const row = await tx.reviewCard.findFirst({ where: { id: cardId, userId }, select: CARD_FIELDS });
    if (!row) return { ok: false, code: "NOT_FOUND", message: "no such review card" };
    if (row.due > now) return { ok: false, code: "NOT_DUE", message: "this card is not due yet" };
    const { card, log } = scheduleCard(row, rating, now);
    const updated = await tx.reviewCard.updateMany({ where: { id: row.id, userId, reps: row.reps, lastReview: row.lastReview }, data: card });
    if (updated.count === 0) return { ok: false, code: "CONFLICT", message: "this card was just reviewed" };
    await tx.reviewLog.create({ data: { cardId: row.id, ...log } });
    return { ok: true, due: card.due, reps: card.reps, lapses: card.lapses };
  });
}

/** How many questions the learner has answered (graded) in any quiz. */
export async function countAnsweredQuestions(userId: string): Promise<number> {
  return (await latestAnswers(userId)).length;
}
