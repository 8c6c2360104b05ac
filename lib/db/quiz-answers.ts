import "server-only";
import type { Certainty } from "@/lib/quiz";
import { db, pool } from "./client";
import { getQuestionVersion, instanceOf } from "./quiz-bank";
import { gradeForStorage } from "./quiz-grading";
import { isPastDeadline } from "./quiz-submit";
import { attemptFailure, type AnswerGrading, type AttemptFailure } from "./quiz-types";

/** A validated answer (or flag) for one position of an attempt. */
export type AnswerInput = {
  position: number;
  /** Omitted to change only the flag or add time. */
  response?: unknown;
  certainty?: Certainty;
  /** Time spent on the question since the last save (added up). */
  timeSpentMs?: number;
  flagged?: boolean;
};

/** Saved: in practice mode with the grading; in exam mode the grading stays on the server. */
export type SaveAnswerResult = { ok: true; mode: "PRACTICE" | "EXAM"; grading: AnswerGrading | null } | AttemptFailure;

/** Answers arriving this long after the deadline (network latency) are still accepted. */
const DEADLINE_GRACE_MS = 2000;

/**
 * What never changes about an attempt once created: owner, mode, marking, deadline and which
 * question version (and parameter seed) sits at each position. Cached per process, so the hot
 * path of saving an answer is one UPDATE; the status, which does change, is checked in that UPDATE.
 */
type AttemptMeta = {
  userId: string;
  mode: "PRACTICE" | "EXAM";
  certainty: boolean;
  deadlineAt: Date | null;
  rows: Map<number, { versionId: string; paramSeed: number | null }>;
};
const metas = new Map<string, AttemptMeta>();
const MAX_METAS = 10_000;

async function attemptMeta(attemptId: string): Promise<AttemptMeta | null> {
  const cached = metas.get(attemptId);
  if (cached) return cached;
  const a = await db().attempt.findUnique({
    where: { id: attemptId },
    select: { userId: true, mode: true, certainty: true, deadlineAt: true, answers: { select: { position: true, versionId: true, paramSeed: true } } },
  });
  if (!a) return null;
  const meta = { ...a, rows: new Map(a.answers.map((x) => [x.position, { versionId: x.versionId, paramSeed: x.paramSeed }])) };
  if (metas.size >= MAX_METAS) metas.delete(metas.keys().next().value!);
  metas.set(attemptId, meta);
  return meta;
}

/**
 * Why the UPDATE changed nothing: the user was disabled or removed, the attempt was submitted, or
 * it no longer exists.
 */
async function whyUnchanged(userId: string, attemptId: string): Promise<AttemptFailure> {
  const { rows } = await pool().query<{ status: string | null; active: boolean | null }>(
    `SELECT (SELECT status::text FROM "Attempt" WHERE id = $1) AS status, (SELECT NOT disabled FROM "User" WHERE id = $2) AS active`,
    [attemptId, userId],
  );
  const { status, active } = rows[0] ?? { status: null, active: null };
  if (!active) return attemptFailure("unauthenticated", "UNAUTHENTICATED", "sign in first");
  if (status !== null) return attemptFailure("submitted", "ATTEMPT_SUBMITTED", "this attempt has already been submitted");
  metas.delete(attemptId);
  return attemptFailure("not-found", "ATTEMPT_NOT_FOUND", "no such attempt");
}

type Grades = { response: unknown; certainty: number | null; correct: boolean; score: number; feedback: unknown } | null;

// The attempt row, locked (`FOR SHARE`) only while it is in progress, its owner is this user and
// that user is not disabled.
const LOCK_ATTEMPT = `WITH t AS (
  SELECT at.id FROM "Attempt" at JOIN "User" u ON u.id = at."userId"
  WHERE at.id = $1 AND at."userId" = $2 AND at.status = 'IN_PROGRESS' AND NOT u.disabled FOR SHARE OF at)`;
const TOUCH_ANSWER = `${LOCK_ATTEMPT}
  UPDATE "AttemptAnswer" AS a SET "flagged" = COALESCE($4::boolean, a."flagged"),
    "timeSpentMs" = LEAST(a."timeSpentMs"::bigint + $5::int, 2147483647)::int
  FROM t WHERE a."attemptId" = t.id AND a."position" = $3`;
const WRITE_ANSWER = `${LOCK_ATTEMPT}
  UPDATE "AttemptAnswer" AS a SET "flagged" = COALESCE($4::boolean, a."flagged"),
    "timeSpentMs" = LEAST(a."timeSpentMs"::bigint + $5::int, 2147483647)::int,
    "response" = $6::jsonb, "certainty" = $7::int, "correct" = $8::boolean, "score" = $9::double precision,
    "feedback" = $10::jsonb, "answeredAt" = (now() AT TIME ZONE 'UTC')
  FROM t WHERE a."attemptId" = t.id AND a."position" = $3`;

/**
 * One statement, prepared once per connection and sent straight to pg (this is the hottest write of
 * the app; Prisma's per-query compilation cost as much as the rest of the request): checks that the user is still active and
 * owns the attempt, locks the attempt only while it is in progress, and updates the answer. A
 * concurrent submit (which updates the attempt row) either sees this answer or makes this statement
 * match nothing. Returns the number of rows changed.
 */
async function writeAnswer(userId: string, attemptId: string, input: AnswerInput, grades: Grades): Promise<number> {
  const time = Math.max(0, Math.min(input.timeSpentMs ?? 0, 86_400_000));
  const base = [attemptId, userId, input.position, input.flagged ?? null, time];
  const result =
    grades === null
      ? await pool().query({ name: "touch-answer", text: TOUCH_ANSWER, values: base })
      : await pool().query({ name: "write-answer", text: WRITE_ANSWER, values: [...base, JSON.stringify(grades.response), grades.certainty, grades.correct, grades.score, JSON.stringify(grades.feedback)] });
  return result.rowCount ?? 0;
}

/**
 * Saves an answer of the user's in-progress attempt: checks that the user is active (so a caller may
 * pass the id from the session token alone), ownership, status and deadline, grades
 * on the server (refusing malformed responses with a clear code), then stores the response, the
 * grading, the flag and the time spent. A refused request changes nothing.
 */
export async function saveAnswer(userId: string, attemptId: string, input: AnswerInput, at: Date = new Date()): Promise<SaveAnswerResult> {
  const meta = await attemptMeta(attemptId);
  if (!meta) return attemptFailure("not-found", "ATTEMPT_NOT_FOUND", "no such attempt");
  if (meta.userId !== userId) return attemptFailure("forbidden", "FORBIDDEN", "this attempt belongs to someone else");
  if (isPastDeadline(meta.deadlineAt, at, DEADLINE_GRACE_MS)) return attemptFailure("expired", "ATTEMPT_EXPIRED", "time is up for this attempt");
  const row = meta.rows.get(input.position);
  if (!row) return attemptFailure("invalid", "INVALID_POSITION", `this attempt has no question at position ${input.position}`, "position");
  let grades: Grades = null;
  let grading: AnswerGrading | null = null;
  if (input.response !== undefined) {
    if (meta.certainty && input.certainty === undefined) return attemptFailure("invalid", "CERTAINTY_REQUIRED", "say how sure you are (certainty 1, 2 or 3)", "certainty");
    const certainty = meta.certainty ? (input.certainty ?? null) : null;
    const question = instanceOf(row.versionId, await getQuestionVersion(row.versionId), row.paramSeed);
    const graded = gradeForStorage(question, input.response, certainty);
    if (!graded.ok) return attemptFailure("invalid", graded.error.code, graded.error.message, graded.error.path ? `response.${graded.error.path}` : "response");
    grading = graded.grading;
    grades = { response: graded.response, certainty, correct: grading.correct, score: grading.score, feedback: grading.feedback };
  }
  // The UPDATE matches nothing unless the user is active and the attempt still in progress.
  if ((await writeAnswer(userId, attemptId, input, grades)) === 0) return whyUnchanged(userId, attemptId);
  return { ok: true, mode: meta.mode, grading: meta.mode === "PRACTICE" ? grading : null };
}
