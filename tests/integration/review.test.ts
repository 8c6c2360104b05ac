import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getReviewCard, getReviewOverview, listDueCards, recordReview, syncReviewCards } from "@/lib/db/review";
import { testPrisma, unique } from "./support/db";

const prisma = testPrisma();
const NOW = new Date("2026-06-01T10:00:00Z");
const minutes = (m: number) => new Date(NOW.getTime() - m * 60_000);
let learner = "";
let other = "";
let versions: { id: string; questionId: string; version: number }[] = [];

async function answer(userId: string, answers: { v: number; correct: boolean; at: Date }[], opts: { mode?: "PRACTICE" | "EXAM"; status?: "IN_PROGRESS" | "SUBMITTED" } = {}) {
  await prisma.attempt.create({
    data: {
      userId,
      mode: opts.mode ?? "PRACTICE",
      status: opts.status ?? "IN_PROGRESS",
      seed: 1,
      answers: {
        create: answers.map((a, position) => {
          const v = versions[a.v]!;
          return { position, questionId: v.questionId, questionVersion: v.version, versionId: v.id, paramSeed: 7, response: {}, correct: a.correct, score: a.correct ? 1 : 0, answeredAt: a.at };
        }),
      },
    },
  });
}

const cardOf = (userId: string, v: number) => prisma.reviewCard.findUniqueOrThrow({ where: { userId_questionId: { userId, questionId: versions[v]!.questionId } } });

beforeAll(async () => {
  learner = (await prisma.user.create({ data: { email: `${unique("reviewer")}@example.test` } })).id;
  other = (await prisma.user.create({ data: { email: `${unique("other")}@example.test` } })).id;
  // Current versions of four seeded single-choice questions.
  const questions = await prisma.question.findMany({ where: { active: true, type: "single" }, orderBy: { id: "asc" }, take: 4, select: { id: true, currentVersion: true } });
  versions = await Promise.all(
    questions.map((q) => prisma.questionVersion.findUniqueOrThrow({ where: { questionId_version: { questionId: q.id, version: q.currentVersion } }, select: { id: true, questionId: true, version: true } })),
  );
  expect(versions).toHaveLength(4);
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("syncing review cards from quiz answers", () => {
  it("makes a card per answered question: a wrong last answer is due now, a right one later", async () => {
    await answer(learner, [
      { v: 0, correct: true, at: minutes(30) },
      { v: 1, correct: true, at: minutes(20) },
    ]);
    await answer(learner, [{ v: 0, correct: false, at: minutes(10) }], { status: "SUBMITTED" });
    expect(await syncReviewCards(learner, NOW)).toEqual({ created: 2, madeDue: 0 });
    expect((await cardOf(learner, 0)).due).toEqual(minutes(10));
    expect((await cardOf(learner, 1)).due.getTime()).toBeGreaterThan(NOW.getTime() + 86_400_000);
    const overview = await getReviewOverview(learner, NOW);
    expect(overview).toMatchObject({ total: 2, dueNow: 1 });
    expect((await listDueCards(learner, NOW)).map((c) => c.questionId)).toEqual([versions[0]!.questionId]);
  });

  it("is idempotent", async () => {
    expect(await syncReviewCards(learner, NOW)).toEqual({ created: 0, madeDue: 0 });
    expect(await prisma.reviewCard.count({ where: { userId: learner } })).toBe(2);
  });

  it("ignores answers of an exam still in progress", async () => {
    await answer(learner, [{ v: 2, correct: false, at: minutes(5) }], { mode: "EXAM" });
    await syncReviewCards(learner, NOW);
    expect(await prisma.reviewCard.count({ where: { userId: learner, questionId: versions[2]!.questionId } })).toBe(0);
  });
});

describe("recording a review", () => {
  it("updates the due date and appends a log", async () => {
    const card = await cardOf(learner, 0);
    const result = await recordReview(learner, card.id, "good", NOW);
    expect(result.ok).toBe(true);
    const after = await cardOf(learner, 0);
    expect(after.due.getTime()).toBeGreaterThan(NOW.getTime());
    expect(after.reps).toBe(1);
    expect(after.lastReview).toEqual(NOW);
    const logs = await prisma.reviewLog.findMany({ where: { cardId: card.id } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ rating: 3, reviewedAt: NOW });
    expect((await getReviewOverview(learner, NOW)).dueNow).toBe(0);
  });

  it("refuses a card that is not due", async () => {
    const card = await cardOf(learner, 0);
    expect(await recordReview(learner, card.id, "easy", NOW)).toMatchObject({ ok: false, code: "NOT_DUE" });
    expect(await prisma.reviewLog.count({ where: { cardId: card.id } })).toBe(1);
  });

  it("applies one of two concurrent reviews of the same card", async () => {
    const card = await cardOf(learner, 1);
    const later = new Date(card.due.getTime() + 1000);
    const results = await Promise.all([recordReview(learner, card.id, "good", later), recordReview(learner, card.id, "again", later)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await prisma.reviewLog.count({ where: { cardId: card.id } })).toBe(1);
  });

  it("makes a reviewed card due again when its question is answered wrong afterwards", async () => {
    const after = new Date(NOW.getTime() + 60_000);
    await answer(learner, [{ v: 0, correct: false, at: after }]);
    expect((await syncReviewCards(learner, new Date(after.getTime() + 1000))).madeDue).toBe(1);
    expect((await cardOf(learner, 0)).due).toEqual(after);
  });
});

describe("ownership", () => {
  it("does not let another user read or review a learner's card", async () => {
    const card = await cardOf(learner, 0);
    const before = await prisma.reviewCard.findUniqueOrThrow({ where: { id: card.id } });
    expect(await getReviewCard(other, card.id)).toBeNull();
    expect(await recordReview(other, card.id, "easy", new Date(NOW.getTime() + 86_400_000))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await prisma.reviewCard.findUniqueOrThrow({ where: { id: card.id } })).toEqual(before);
    expect(await getReviewCard(learner, card.id)).toMatchObject({ id: card.id, questionId: versions[0]!.questionId });
  });

  it("gives another user no cards from the learner's answers", async () => {
    expect(await syncReviewCards(other, NOW)).toEqual({ created: 0, madeDue: 0 });
    expect(await listDueCards(other, NOW)).toEqual([]);
  });
});
