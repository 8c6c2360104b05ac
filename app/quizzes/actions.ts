"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authedAction, type ActionResult } from "@/lib/actions/authed-action";
import { now } from "@/lib/clock";
import { startQuizAttempt } from "@/lib/db/attempts";

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("1"), z.literal("")])
  .optional()
  .transform((v) => v !== undefined && v !== "");

const startSchema = z.object({
  quizId: z.string().min(1).max(100),
  mode: z.enum(["PRACTICE", "EXAM"], { error: "Choose practice or exam mode" }).optional(),
  certainty: checkbox,
  replace: checkbox,
});

/**
 * Starts (or resumes) an attempt of a quiz and opens it. An unfinished attempt of the same quiz is
 * resumed unless `replace` is set.
 */
export const startAttemptAction = authedAction(startSchema, async ({ user, input }): Promise<ActionResult<null>> => {
  const result = await startQuizAttempt(user.id, input, now(await headers()));
  if (!result.ok) return { ok: false, message: result.message.charAt(0).toUpperCase() + result.message.slice(1) };
  redirect(`/attempts/${result.attemptId}`);
});
