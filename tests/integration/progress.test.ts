import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordLessonProgress } from "@/lib/db/progress";
import { testPrisma, unique } from "./support/db";

const prisma = testPrisma();
let userId = "";
const slug = unique("lesson");

beforeAll(async () => {
  const user = await prisma.user.create({ data: { email: `${unique("reader")}@example.test` } });
  userId = user.id;
  await prisma.lesson.create({
    data: { slug, title: "Concurrency", summary: "s", track: "foundations", topic: "identities", position: 999, minutes: 5, domains: [], contentHash: "x" },
  });
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("lesson progress under concurrent writes", () => {
  it("keeps every visit and the furthest point when 30 writes race on one record", async () => {
    const percents = Array.from({ length: 30 }, (_, i) => (i * 37) % 100);
    await Promise.all(percents.map((percent, i) => recordLessonProgress(userId, slug, { percent, anchor: `s${i}` })));
    const row = await prisma.lessonProgress.findUniqueOrThrow({ where: { userId_lessonSlug: { userId, lessonSlug: slug } } });
    expect(row.visits).toBe(30);
    expect(row.percent).toBe(Math.max(...percents));
    expect(row.status).toBe("IN_PROGRESS");
  });

  it("never undoes a completion written concurrently with reading progress", async () => {
    await Promise.all([
      recordLessonProgress(userId, slug, { percent: 10 }),
      recordLessonProgress(userId, slug, { percent: 0, completed: true }),
      recordLessonProgress(userId, slug, { percent: 20 }),
    ]);
    await recordLessonProgress(userId, slug, { percent: 5 });
    const row = await prisma.lessonProgress.findUniqueOrThrow({ where: { userId_lessonSlug: { userId, lessonSlug: slug } } });
    expect(row.status).toBe("COMPLETED");
    expect(row.percent).toBe(100);
    expect(row.completedAt).not.toBeNull();
  });
});
