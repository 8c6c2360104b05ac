import type { PrismaClient } from "../lib/db/prisma";
import { loadLessons } from "../lib/content/lessons";
import { loadQuestions } from "../lib/content/questions";
import { loadTopics } from "../lib/content/topics";
import { QUIZ_DEFINITIONS } from "../lib/content/quizzes";

type Json = Parameters<PrismaClient["questionVersion"]["create"]>[0]["data"]["body"];

/** Upserts lesson metadata; the MDX itself is compiled into pages at build time. */
async function syncLessons(prisma: PrismaClient, root: string): Promise<number> {
  const lessons = loadLessons(root);
  await prisma.$transaction(
    lessons.map(({ frontmatter: f, contentHash }) => {
      const data = {
        title: f.title,
        summary: f.summary,
        track: f.track,
        topic: f.topic,
        position: f.order,
        minutes: f.minutes,
        domains: f.domains,
        contentHash,
      };
      return prisma.lesson.upsert({ where: { slug: f.slug }, create: { slug: f.slug, ...data }, update: data });
    }),
  );
  return lessons.length;
}

/**
 * Questions are versioned: a changed question gets a new immutable QuestionVersion and becomes
 * current, while attempts keep pointing at the version they answered. Questions removed from
 * content/ are deactivated, never deleted (answers and reports reference them).
 */
async function syncQuestions(prisma: PrismaClient, root: string): Promise<{ total: number; changed: number }> {
  const loaded = loadQuestions(root);
  const latest = await prisma.questionVersion.findMany({
    distinct: ["questionId"],
    orderBy: [{ questionId: "asc" }, { version: "desc" }],
    select: { questionId: true, version: true, contentHash: true },
  });
  const byId = new Map(latest.map((v) => [v.questionId, v]));
  let changed = 0;
  for (const { question: q, contentHash } of loaded) {
    const current = byId.get(q.id);
    if (current?.contentHash === contentHash) continue;
    const version = (current?.version ?? 0) + 1;
    const meta = { type: q.type, topics: q.topics, domains: q.domains, difficulty: q.difficulty, currentVersion: version, active: true };
    await prisma.$transaction([
      prisma.question.upsert({ where: { id: q.id }, create: { id: q.id, ...meta }, update: meta }),
      prisma.questionVersion.create({ data: { questionId: q.id, version, contentHash, body: q as unknown as Json } }),
    ]);
    changed += 1;
  }
  const ids = loaded.map((l) => l.question.id);
  await prisma.question.updateMany({ where: { id: { notIn: ids }, active: true }, data: { active: false } });
  return { total: loaded.length, changed };
}

async function syncQuizzes(prisma: PrismaClient, root: string): Promise<number> {
  const definitions = QUIZ_DEFINITIONS(loadTopics(root));
  await prisma.$transaction(
    definitions.map((q) => {
      const data = { kind: q.kind, title: q.title, topic: q.topic ?? null, config: q.config as unknown as Json };
      return prisma.quiz.upsert({ where: { id: q.id }, create: { id: q.id, ...data }, update: data });
    }),
  );
  return definitions.length;
}

/** Syncs lessons, questions and quizzes from content/ into the database; returns a summary. */
export async function syncContent(prisma: PrismaClient, root: string): Promise<string> {
  const lessons = await syncLessons(prisma, root);
  const questions = await syncQuestions(prisma, root);
  const quizzes = await syncQuizzes(prisma, root);
  return `${lessons} lessons, ${questions.total} questions (${questions.changed} new or changed), ${quizzes} quizzes`;
}
