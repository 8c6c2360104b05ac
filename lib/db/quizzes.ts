import "server-only";
import { z } from "zod";
import type { QuizConfig } from "@/lib/content/quizzes";
import { db } from "./client";
import { retakeOfSummary } from "./quiz-types";

const weights = z.record(z.string(), z.number().nonnegative());

/** Validates `Quiz.config` (lib/content/quizzes.ts) when it is read back. */
export const quizConfigSchema = z.object({
  count: z.number().int().min(1),
  topics: z.array(z.string()).optional(),
  topicWeights: weights.optional(),
  domainWeights: weights.optional(),
  timeLimitSeconds: z.number().int().positive().optional(),
  passMark: z.number().min(0).max(1).optional(),
}) satisfies z.ZodType<QuizConfig>;

/** A quiz as pages show it. */
export type QuizInfo = {
  id: string;
  kind: "TOPIC" | "PRACTICE" | "EXAM";
  title: string;
  topic: string | null;
  /** Track and position of the topic (topic quizzes only). */
  track: string | null;
  position: number;
  config: QuizConfig;
};

/** A quiz with the user's scores on it (ratios 0..1; retakes of missed questions are not counted). */
export type QuizWithScores = QuizInfo & { attempts: number; best: number | null; last: number | null; lastAt: Date | null };

const quizSelect = { id: true, kind: true, title: true, topic: true, config: true } as const;

async function topicPlaces(): Promise<Map<string, { track: string; position: number }>> {
  const topics = await db().topic.findMany({ select: { id: true, track: true, position: true } });
  return new Map(topics.map((t) => [t.id, { track: t.track, position: t.position }]));
}

function toInfo(row: { id: string; kind: QuizInfo["kind"]; title: string; topic: string | null; config: unknown }, places: Map<string, { track: string; position: number }>): QuizInfo {
  const place = row.topic ? places.get(row.topic) : undefined;
  return { ...row, config: quizConfigSchema.parse(row.config), track: place?.track ?? null, position: place?.position ?? 0 };
}

/** One quiz by id, or null. */
export async function getQuiz(quizId: string): Promise<QuizInfo | null> {
  const row = await db().quiz.findUnique({ where: { id: quizId }, select: quizSelect });
  return row ? toInfo(row, await topicPlaces()) : null;
}

/** Every quiz (exams, practice, then topic quizzes in course order) with this user's best and last score. */
export async function listQuizzes(userId: string): Promise<QuizWithScores[]> {
  const [rows, places, attempts] = await Promise.all([
    db().quiz.findMany({ select: quizSelect }),
    topicPlaces(),
    db().attempt.findMany({
      where: { userId, status: "SUBMITTED", quizId: { not: null } },
      orderBy: { submittedAt: "desc" },
      take: 500,
      select: { quizId: true, score: true, maxScore: true, submittedAt: true, summary: true },
    }),
  ]);
  const kindOrder = { EXAM: 0, PRACTICE: 1, TOPIC: 2 } as const;
  return rows
    .map((row) => {
      const mine = attempts.filter((a) => a.quizId === row.id && retakeOfSummary(a.summary) === undefined);
      const ratios = mine.map((a) => (a.maxScore ? (a.score ?? 0) / a.maxScore : 0));
      return {
        ...toInfo(row, places),
        attempts: mine.length,
        best: ratios.length > 0 ? Math.max(...ratios) : null,
        last: ratios[0] ?? null,
        lastAt: mine[0]?.submittedAt ?? null,
      };
    })
    .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.position - b.position || a.title.localeCompare(b.title));
}

/** Topic titles by id. */
export async function getTopicTitles(): Promise<Map<string, string>> {
  const topics = await db().topic.findMany({ select: { id: true, title: true } });
  return new Map(topics.map((t) => [t.id, t.title]));
}
