"use server";
import { headers } from "next/headers";
import { z } from "zod";
import type { ReviewGrade, ReviewRated } from "@/app/components/review/types";
import { authedAction, type ActionResult } from "@/lib/actions/authed-action";
import { now } from "@/lib/clock";
import { presentGrading } from "@/app/components/quiz/present";
import { gradeForStorage } from "@/lib/db/quiz-grading";
import { getReviewCard, recordReview } from "@/lib/db/review";
import { formatInterval, previewDue, RATINGS, type RatingName } from "@/lib/review";
import { reviewInstance } from "./review-item";

const cardId = z.string().min(1).max(64);
const gradeSchema = z.object({ cardId, reps: z.number().int().min(0), response: z.record(z.string().max(40), z.unknown()) });
const rateSchema = z.object({ cardId, rating: z.enum(RATINGS) });

const gone = { ok: false, message: "This review card no longer exists; reload the page" } as const;

/** Grades the answer to a due card on the server and says what each rating would schedule. */
export const gradeReviewAnswerAction = authedAction(gradeSchema, async ({ user, input }): Promise<ActionResult<ReviewGrade>> => {
  const card = await getReviewCard(user.id, input.cardId);
  if (!card) return gone;
  if (card.reps !== input.reps) return { ok: false, message: "This card was reviewed somewhere else meanwhile; reload the page" };
  const graded = gradeForStorage(reviewInstance(card), input.response, null);
  if (!graded.ok) return { ok: false, message: `That answer cannot be graded: ${graded.error.message}` };
  const at = now(await headers());
  const due = previewDue(card, at);
  const intervals = Object.fromEntries(RATINGS.map((r) => [r, formatInterval(at, due[r])])) as Record<RatingName, string>;
  const { correct } = graded.grading;
  return { ok: true, data: { feedback: presentGrading(graded.grading), intervals, suggested: correct ? "good" : "again" } };
});

/** Saves the learner's rating of a due card (FSRS schedules the next review). */
export const rateReviewCardAction = authedAction(rateSchema, async ({ user, input }): Promise<ActionResult<ReviewRated>> => {
  const at = now(await headers());
  const saved = await recordReview(user.id, input.cardId, input.rating, at);
  if (!saved.ok) return saved.code === "NOT_FOUND" ? gone : { ok: false, message: `Not saved: ${saved.message}` };
  return { ok: true, data: { due: saved.due.toISOString(), interval: formatInterval(at, saved.due) } };
});
