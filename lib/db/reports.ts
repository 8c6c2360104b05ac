import "server-only";
import { db } from "./client";
import { attemptFailure, type AttemptFailure } from "./quiz-types";

/** A learner's report about a question of one of their attempts. */
export type ReportInput = {
  attemptId: string;
  position: number;
  message: string;
  /** The answer on screen when reporting (stored instead of the saved one when given). */
  answer?: unknown;
};

/**
 * Stores a report with the question version the learner saw and their answer. Only the owner of
 * the attempt may report from it.
 */
export async function createQuestionReport(userId: string, input: ReportInput): Promise<{ ok: true; reportId: string } | AttemptFailure> {
  const row = await db().attemptAnswer.findUnique({
    where: { attemptId_position: { attemptId: input.attemptId, position: input.position } },
    select: { questionId: true, questionVersion: true, versionId: true, response: true, attempt: { select: { userId: true } } },
  });
  if (!row) return attemptFailure("not-found", "ATTEMPT_NOT_FOUND", "no such question in this attempt");
  if (row.attempt.userId !== userId) return attemptFailure("forbidden", "FORBIDDEN", "this attempt belongs to someone else");
  const answer: unknown = input.answer !== undefined ? input.answer : row.response;
  const created = await db().questionReport.create({
    data: {
      userId,
      questionId: row.questionId,
      questionVersion: row.questionVersion,
      versionId: row.versionId,
      attemptId: input.attemptId,
      message: input.message,
      ...(answer !== null && answer !== undefined ? { answer } : {}),
    },
    select: { id: true },
  });
  return { ok: true, reportId: created.id };
}

/** Which reports to list. */
export type ReportFilter = "open" | "resolved" | "all";

/** A report as instructors see it. */
export type ReportListItem = {
  id: string;
  questionId: string;
  questionVersion: number;
  /** The prompt of the reported version (Markdown). */
  prompt: string;
  message: string;
  answer: unknown;
  resolved: boolean;
  createdAt: Date;
  reporter: { name: string | null; email: string };
};

function promptOf(body: unknown): string {
  const prompt = typeof body === "object" && body !== null ? (body as { prompt?: unknown }).prompt : undefined;
  return typeof prompt === "string" ? prompt : "";
}

/** Reports, newest first, one page at a time, with the total count. */
export async function listQuestionReports(filter: ReportFilter, page: number, pageSize = 20): Promise<{ reports: ReportListItem[]; total: number; pageSize: number }> {
  const where = filter === "all" ? {} : { resolved: filter === "resolved" };
  const [rows, total] = await Promise.all([
    db().questionReport.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (Math.max(1, page) - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        questionId: true,
        questionVersion: true,
        message: true,
        answer: true,
        resolved: true,
        createdAt: true,
        user: { select: { name: true, email: true } },
        version: { select: { body: true } },
      },
    }),
    db().questionReport.count({ where }),
  ]);
  const reports = rows.map(({ user, version, ...r }) => ({ ...r, reporter: user, prompt: promptOf(version.body) }));
  return { reports, total, pageSize };
}

/** Marks a report resolved (or open again). */
export async function updateReportResolved(reportId: string, resolved: boolean): Promise<{ ok: true } | AttemptFailure> {
  const updated = await db().questionReport.updateMany({ where: { id: reportId }, data: { resolved } });
  return updated.count === 1 ? { ok: true } : attemptFailure("not-found", "REPORT_NOT_FOUND", "that report no longer exists");
}
