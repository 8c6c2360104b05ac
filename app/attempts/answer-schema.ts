import { z } from "zod";
import { certaintySchema } from "@/lib/quiz";

/** Largest answer body accepted (route handler and server action): 64 KB. */
export const MAX_ANSWER_BODY_BYTES = 64 * 1024;

/**
 * Body of `POST /api/attempts/[id]/answers` (and of the save action): the position, the response
 * (shape checked per question type by lib/quiz on the server), certainty when the attempt uses
 * certainty-based marking, time spent since the last save and the review flag. A body without a
 * response only changes the flag or adds time.
 */
export const answerBodySchema = z
  .object({
    position: z.number({ error: "`position` must be a number" }).int("`position` must be an integer").min(0).max(999),
    response: z.unknown().optional(),
    certainty: certaintySchema.optional(),
    timeSpentMs: z.number().int().min(0).max(86_400_000, "`timeSpentMs` must be at most a day").optional(),
    flagged: z.boolean({ error: "`flagged` must be true or false" }).optional(),
  })
  .refine((b) => b.response !== undefined || b.flagged !== undefined, { message: "give a `response` (or a `flagged` value)", path: ["response"] });

/** A validated answer body. */
export type AnswerBody = z.infer<typeof answerBodySchema>;
