import "server-only";
import { db } from "./client";

export type LessonWithProgress = {
  slug: string;
  title: string;
  summary: string;
  track: string;
  position: number;
  minutes: number;
  status: "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED";
  percent: number;
  lastAnchor: string | null;
  updatedAt: Date | null;
};

/** Every lesson in course order with this user's progress on it. */
export async function listLessonProgress(userId: string): Promise<LessonWithProgress[]> {
  const lessons = await db().lesson.findMany({
    orderBy: { position: "asc" },
    select: {
      slug: true,
      title: true,
      summary: true,
      track: true,
      position: true,
      minutes: true,
      progress: { where: { userId }, select: { status: true, percent: true, lastAnchor: true, updatedAt: true } },
    },
  });
  return lessons.map(({ progress, ...lesson }) => {
    const p = progress[0];
    return {
      ...lesson,
      status: p?.status ?? "NOT_STARTED",
      percent: p?.percent ?? 0,
      lastAnchor: p?.lastAnchor ?? null,
      updatedAt: p?.updatedAt ?? null,
    };
  });
}

/**
 * Records reading progress atomically (one INSERT … ON CONFLICT): the furthest point reached
 * wins, visits add up, and completion is never undone, so concurrent writes lose nothing.
 */
export async function recordLessonProgress(
  userId: string,
  lessonSlug: string,
  update: { percent: number; anchor?: string | null; completed?: boolean },
): Promise<void> {
  const percent = Math.max(0, Math.min(100, Math.round(update.completed ? 100 : update.percent)));
  const status = update.completed ? "COMPLETED" : "IN_PROGRESS";
  await db().$executeRaw`
    INSERT INTO "LessonProgress" ("id", "userId", "lessonSlug", "status", "percent", "lastAnchor", "visits", "completedAt", "createdAt", "updatedAt")
    VALUES (${`lp_${crypto.randomUUID()}`}, ${userId}, ${lessonSlug}, ${status}::"ProgressStatus", ${percent}, ${update.anchor ?? null}, 1,
            ${update.completed ? new Date() : null}, now(), now())
    ON CONFLICT ("userId", "lessonSlug") DO UPDATE SET
      "percent" = GREATEST("LessonProgress"."percent", EXCLUDED."percent"),
      "lastAnchor" = COALESCE(EXCLUDED."lastAnchor", "LessonProgress"."lastAnchor"),
      "visits" = "LessonProgress"."visits" + 1,
      "status" = CASE WHEN "LessonProgress"."status" = 'COMPLETED' OR EXCLUDED."status" = 'COMPLETED'
                      THEN 'COMPLETED'::"ProgressStatus" ELSE 'IN_PROGRESS'::"ProgressStatus" END,
      "completedAt" = COALESCE("LessonProgress"."completedAt", EXCLUDED."completedAt"),
      "updatedAt" = now()`;
}
