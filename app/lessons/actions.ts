"use server";
import { headers } from "next/headers";
import { z } from "zod";
import { authedAction, type ActionResult } from "@/lib/actions/authed-action";
import { clientIp } from "@/lib/auth/client-ip";
import { recordLessonProgress } from "@/lib/db/progress";
import { hitRateLimit } from "@/lib/db/rate-limit";
import { env } from "@/lib/env";
import type { SelfCheckOutcome } from "@/app/components/lesson/self-check-types";
import { getLesson } from "./lesson-data";
import { gradeSelfCheck, selfCheckIdsFor } from "./self-check-grading";

const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "unknown lesson").max(100);
const anchorSchema = z.string().max(200).regex(/^[A-Za-z0-9_-]*$/, "invalid anchor").nullable().optional();
const percentSchema = z.coerce.number().int().min(0).max(100);

const progressSchema = z.object({ slug: slugSchema, percent: percentSchema, anchor: anchorSchema });
const completeSchema = z.object({ slug: slugSchema });
const selfCheckSchema = z.object({
  slug: slugSchema,
  answers: z.record(z.string().max(120), z.unknown()).refine((a) => Object.keys(a).length <= 12, "too many answers"),
});
const mergeSchema = z.object({
  entries: z
    .array(z.object({ slug: slugSchema, percent: percentSchema, anchor: anchorSchema, completed: z.boolean().optional() }))
    .max(100),
});

const unknownLesson = { ok: false, message: "No such lesson" } as const;

/** Saves reading progress (furthest point and last section) for the signed-in reader. */
export const saveLessonProgressAction = authedAction(progressSchema, async ({ user, input }): Promise<ActionResult> => {
  if (!getLesson(input.slug)) return unknownLesson;
  await recordLessonProgress(user.id, input.slug, { percent: input.percent, anchor: input.anchor ?? null });
  return { ok: true, data: undefined };
});

/** "Mark as complete". */
export const markLessonCompleteAction = authedAction(completeSchema, async ({ user, input }): Promise<ActionResult> => {
  if (!getLesson(input.slug)) return unknownLesson;
  await recordLessonProgress(user.id, input.slug, { percent: 100, completed: true });
  return { ok: true, data: undefined };
});

/** Merges the progress a reader kept in localStorage while signed out into their account. */
export const mergeLocalProgressAction = authedAction(mergeSchema, async ({ user, input }): Promise<ActionResult<{ merged: number }>> => {
  let merged = 0;
  for (const e of input.entries) {
    if (!getLesson(e.slug)) continue;
    await recordLessonProgress(user.id, e.slug, { percent: e.percent, anchor: e.anchor ?? null, completed: e.completed === true });
    merged += 1;
  }
  return { ok: true, data: { merged } };
});

function grade(input: z.infer<typeof selfCheckSchema>): { outcome: Omit<SelfCheckOutcome, "saved"> } | { error: string } {
  const ids = selfCheckIdsFor(input.slug);
  if (!ids || ids.length === 0) return { error: "This lesson has no self-check" };
  const results = gradeSelfCheck(input.slug, ids, input.answers);
  return { outcome: { passed: results.every((r) => r.correct), results } };
}

/** Grades the self-check for a signed-in reader; passing it marks the lesson complete. */
export const submitSelfCheckAction = authedAction(selfCheckSchema, async ({ user, input }): Promise<ActionResult<SelfCheckOutcome>> => {
  const graded = grade(input);
  if ("error" in graded) return { ok: false, message: graded.error };
  if (graded.outcome.passed) await recordLessonProgress(user.id, input.slug, { percent: 100, completed: true });
  return { ok: true, data: { ...graded.outcome, saved: graded.outcome.passed } };
});

/**
 * Grades the self-check for a signed-out reader: the same server-side grading, nothing saved (the
 * browser keeps the completion in localStorage). A public endpoint: the input is validated by zod,
 * and each client address may check as often as it may call `POST /api/evaluate`
 * (EVALUATE_MAX_PER_IP per EVALUATE_WINDOW_SECONDS, counted separately).
 */
export async function gradeSelfCheckPublicAction(raw: unknown): Promise<ActionResult<SelfCheckOutcome>> {
  const config = env();
  const ip = clientIp(await headers(), config.TRUSTED_PROXIES);
  const limit = await hitRateLimit("selfcheck-ip", ip, config.EVALUATE_MAX_PER_IP, config.EVALUATE_WINDOW_SECONDS);
  if (!limit.allowed) return { ok: false, message: `Too many checks from your address; try again in ${limit.retryAfterSeconds} s.` };
  const parsed = await selfCheckSchema.safeParseAsync(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid answers" };
  const graded = grade(parsed.data);
  if ("error" in graded) return { ok: false, message: graded.error };
  return { ok: true, data: { ...graded.outcome, saved: false } };
}
