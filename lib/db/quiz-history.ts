import "server-only";
import { db } from "./client";
import { retakeOfSummary, type AttemptSummary } from "./quiz-types";

/** A submitted attempt in the user's history. */
export type HistoryEntry = {
  id: string;
  quizTitle: string;
  mode: "PRACTICE" | "EXAM";
  submittedAt: Date | null;
  /** score / maxScore, 0..1. */
  ratio: number;
  passed: boolean | null;
  expired: boolean;
  retake: boolean;
};

const entrySelect = { id: true, mode: true, submittedAt: true, score: true, maxScore: true, passed: true, expired: true, summary: true, quiz: { select: { title: true } } } as const;

type EntryRow = { id: string; mode: "PRACTICE" | "EXAM"; submittedAt: Date | null; score: number | null; maxScore: number | null; passed: boolean | null; expired: boolean; summary: unknown; quiz: { title: string } | null };

function toEntry(r: EntryRow): HistoryEntry {
  return {
    id: r.id,
    quizTitle: r.quiz?.title ?? "Retake",
    mode: r.mode,
    submittedAt: r.submittedAt,
    ratio: r.maxScore ? (r.score ?? 0) / r.maxScore : 0,
    passed: r.passed,
    expired: r.expired,
    retake: retakeOfSummary(r.summary) !== undefined,
  };
}

/** A topic's aggregate over the user's submitted attempts. */
export type TopicScore = { topic: string; title: string; answered: number; correct: number; ratio: number };

/** The user's quiz history and per-topic scores (over the last 100 submitted attempts). */
export async function getQuizHistory(userId: string, recent = 8): Promise<{ attempts: HistoryEntry[]; total: number; topics: TopicScore[] }> {
  const [rows, total, topics] = await Promise.all([
    db().attempt.findMany({
      where: { userId, status: "SUBMITTED" },
      orderBy: { submittedAt: "desc" },
      take: 100,
      select: entrySelect,
    }),
    db().attempt.count({ where: { userId, status: "SUBMITTED" } }),
    db().topic.findMany({ orderBy: { position: "asc" }, select: { id: true, title: true } }),
  ]);
  const byTopic = new Map<string, { answered: number; correct: number; points: number }>();
  for (const row of rows) {
    for (const g of (row.summary as AttemptSummary | null)?.byTopic ?? []) {
      const t = byTopic.get(g.key) ?? { answered: 0, correct: 0, points: 0 };
      t.answered += g.answered;
      t.correct += g.correct;
      t.points += g.points;
      byTopic.set(g.key, t);
    }
  }
  const attempts = rows.slice(0, recent).map(toEntry);
  const topicScores = topics.flatMap((t) => {
    const s = byTopic.get(t.id);
    return s ? [{ topic: t.id, title: t.title, answered: s.answered, correct: s.correct, ratio: s.answered ? s.points / s.answered : 0 }] : [];
  });
  return { attempts, total, topics: topicScores };
}

/** The user's submitted attempts of one quiz, newest first. */
export async function listQuizAttempts(userId: string, quizId: string, take = 10): Promise<HistoryEntry[]> {
  const rows = await db().attempt.findMany({
    where: { userId, quizId, status: "SUBMITTED" },
    orderBy: { submittedAt: "desc" },
    take,
    select: entrySelect,
  });
  return rows.map(toEntry);
}
