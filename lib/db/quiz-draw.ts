import "server-only";
import { drawQuestions, mixSeed } from "@/lib/quiz";
import type { Prisma } from "../generated/prisma/client";
import type { QuizConfig } from "@/lib/content/quizzes";

/** A question version picked for an attempt, with its template seed. */
export type DrawnVersion = { questionId: string; version: number; versionId: string; paramSeed: number };

/** Signed 32-bit form of an unsigned seed (the INTEGER column); `>>> 0` restores it. */
export const toInt32 = (seed: number): number => seed | 0;

/**
 * Draws a quiz's questions for a user: active questions of the quiz's topics, weighted by its
 * topic and domain weights, questions the user has never been given first. Returns current
 * versions in drawn order, each with a parameter seed derived from the attempt seed.
 */
export async function drawForQuiz(tx: Prisma.TransactionClient, userId: string, config: QuizConfig, seed: number): Promise<DrawnVersion[]> {
  const [bank, seen] = await Promise.all([
    tx.question.findMany({ where: { active: true }, select: { id: true, topics: true, domains: true, currentVersion: true } }),
    tx.attemptAnswer.findMany({ where: { attempt: { userId } }, distinct: ["questionId"], select: { questionId: true } }),
  ]);
  const topics = config.topics;
  const eligible = topics && topics.length > 0 ? bank.filter((q) => q.topics.some((t) => topics.includes(t))) : bank;
  const ids = drawQuestions(eligible, {
    count: config.count,
    seed,
    seenIds: seen.map((s) => s.questionId),
    ...(config.topicWeights ? { topicWeights: config.topicWeights } : {}),
    ...(config.domainWeights ? { domainWeights: config.domainWeights } : {}),
  });
  const current = new Map(eligible.map((q) => [q.id, q.currentVersion]));
  return versionsFor(tx, ids.map((id) => ({ questionId: id, version: current.get(id) ?? 1 })), seed);
}

/** Resolves (question, version) pairs to version ids, keeping the given order; fresh param seeds from `seed`. */
export async function versionsFor(
  tx: Prisma.TransactionClient,
  wanted: readonly { questionId: string; version: number }[],
  seed: number,
): Promise<DrawnVersion[]> {
  if (wanted.length === 0) return [];
  const rows = await tx.questionVersion.findMany({
    where: { OR: wanted.map((w) => ({ questionId: w.questionId, version: w.version })) },
    select: { id: true, questionId: true, version: true },
  });
  const byKey = new Map(rows.map((r) => [`${r.questionId}@${r.version}`, r.id]));
  return wanted.flatMap((w) => {
    const versionId = byKey.get(`${w.questionId}@${w.version}`);
    return versionId ? [{ questionId: w.questionId, version: w.version, versionId, paramSeed: toInt32(mixSeed(seed, w.questionId)) }] : [];
  });
}
