"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authedAction, type ActionResult } from "@/lib/actions/authed-action";
import { now } from "@/lib/clock";
import { saveAnswer } from "@/lib/db/quiz-answers";
import { createRetakeAttempt } from "@/lib/db/quiz-retake";
import { submitAttempt } from "@/lib/db/quiz-submit";
import type { AttemptFailure } from "@/lib/db/quiz-types";
import { createQuestionReport } from "@/lib/db/reports";
import { presentGrading } from "@/app/components/quiz/present";
import type { FeedbackView } from "@/app/components/quiz/types";
import { answerBodySchema, MAX_ANSWER_BODY_BYTES } from "./answer-schema";

const attemptId = z.string().min(1).max(64);

/** An expected failure as an action result; `fieldErrors.attempt` carries the reason for the runner. */
function failed(f: AttemptFailure): ActionResult<never> {
  const key = f.reason === "invalid" ? (f.path ?? "response") : "attempt";
  return { ok: false, message: f.message.charAt(0).toUpperCase() + f.message.slice(1), fieldErrors: { [key]: [f.reason === "invalid" ? f.message : f.reason] } };
}

const saveSchema = z
  .object({ attemptId, answer: answerBodySchema })
  .refine((v) => JSON.stringify(v.answer).length <= MAX_ANSWER_BODY_BYTES, { message: "The answer is larger than 64 KB", path: ["answer"] });

/** Saves (and in practice mode grades) one answer or flag; returns the feedback in practice mode. */
export const saveAnswerAction = authedAction(saveSchema, async ({ user, input }): Promise<ActionResult<{ feedback: FeedbackView | null }>> => {
  const result = await saveAnswer(user.id, input.attemptId, input.answer, now(await headers()));
  if (!result.ok) return failed(result);
  return { ok: true, data: { feedback: result.grading ? presentGrading(result.grading) : null } };
});

/** Submits the attempt (idempotent) and returns where its results are. */
export const submitAttemptAction = authedAction(z.object({ attemptId }), async ({ user, input }): Promise<ActionResult<{ url: string }>> => {
  const result = await submitAttempt(user.id, input.attemptId, now(await headers()));
  if (!result.ok) return failed(result);
  return { ok: true, data: { url: `/attempts/${input.attemptId}/results` } };
});

const reportSchema = z.object({
  attemptId,
  position: z.coerce.number().int().min(0).max(999),
  message: z.string().trim().min(5, "Say in a few words what is wrong (at least 5 characters)").max(2000, "Keep it under 2000 characters"),
  answer: z.string().max(MAX_ANSWER_BODY_BYTES).optional(),
});

/** Reports a problem with a question, storing the version and the learner's answer. */
export const reportQuestionAction = authedAction(reportSchema, async ({ user, input }): Promise<ActionResult<null>> => {
  let answer: unknown;
  try {
    answer = input.answer ? (JSON.parse(input.answer) as unknown) : undefined;
  } catch {
    answer = input.answer;
  }
  const result = await createQuestionReport(user.id, { attemptId: input.attemptId, position: input.position, message: input.message, ...(answer !== undefined ? { answer } : {}) });
  if (!result.ok) return failed(result);
  return { ok: true, data: null, message: "Thanks: your report was sent to the instructors." };
});

/** Starts a new attempt with only the questions missed in a submitted one, then opens it. */
export const retakeMissedAction = authedAction(z.object({ attemptId }), async ({ user, input }): Promise<ActionResult<null>> => {
  const result = await createRetakeAttempt(user.id, input.attemptId, now(await headers()));
  if (!result.ok) return failed(result);
  redirect(`/attempts/${result.attemptId}`);
});
