/**
 * What a learner submits for each question type, validated by zod before grading, and the closed
 * table of grading error codes.
 */
import { z } from "zod";
import { decisionSchema } from "./schema-parts";
import type { QuestionType } from "./schema-types";

/** Largest policy text a write answer may submit (UTF-8 bytes): our own limit, checked first. */
export const MAX_POLICY_BYTES = 20 * 1024;
/** Longest fill-in answer accepted (characters). */
export const MAX_FILL_LENGTH = 500;

/** Closed table of grading error codes. */
export const GRADE_ERROR_CODES = {
  INVALID_RESPONSE: "INVALID_RESPONSE",
  UNKNOWN_OPTION: "UNKNOWN_OPTION",
  DUPLICATE_CHOICE: "DUPLICATE_CHOICE",
  NOT_A_PERMUTATION: "NOT_A_PERMUTATION",
  UNKNOWN_STATEMENT: "UNKNOWN_STATEMENT",
  POLICY_TOO_LARGE: "POLICY_TOO_LARGE",
  NOT_INSTANTIATED: "NOT_INSTANTIATED",
  INTERNAL_ERROR: "INTERNAL_ERROR",
} as const;
/** A grading error code. */
export type GradeErrorCode = (typeof GRADE_ERROR_CODES)[keyof typeof GRADE_ERROR_CODES];

/** A response that cannot be graded (the learner's answer is not of the right shape). */
export interface GradeError {
  code: GradeErrorCode;
  /** Lowercase, no trailing period, user input in backticks. */
  message: string;
  /** Path in the response, e.g. `choices[1]` (empty for the whole response). */
  path: string;
}

/** Optional certainty (1 low, 2 medium, 3 high) for certainty-based marking. */
export const certaintySchema = z.union([z.literal(1), z.literal(2), z.literal(3)], { error: "certainty is 1, 2 or 3" });
const certainty = certaintySchema.optional();
const id = z.string({ error: "must be a string" }).min(1, "must not be empty");

/** Response schemas by question type. */
export const responseSchemas = {
  single: z.object({ choice: id, certainty }),
  multiple: z.object({ choices: z.array(id, { error: "must be an array of option ids" }), certainty }),
  truefalse: z.object({ answer: z.boolean({ error: "must be true or false" }), certainty }),
  ordering: z.object({ order: z.array(id, { error: "must be an array of item ids" }), certainty }),
  fill: z.object({ text: z.string({ error: "must be a string" }).max(MAX_FILL_LENGTH, `must be at most ${MAX_FILL_LENGTH} characters`), certainty }),
  predict: z.object({ decision: decisionSchema, statement: z.string().nullable().optional(), certainty }),
  spot: z.object({ statement: id, certainty }),
  write: z.object({ policy: z.string({ error: "must be a string (the policy JSON text)" }), certainty }),
} as const satisfies Record<QuestionType, z.ZodType>;

/** The response of one question type. */
export type ResponseOf<T extends QuestionType> = z.output<(typeof responseSchemas)[T]>;
/** A response to any question type. */
export type QuizResponse = { [T in QuestionType]: ResponseOf<T> }[QuestionType];
/** Certainty level. */
export type Certainty = z.output<typeof certaintySchema>;

/** UTF-8 length of a string, without Node's Buffer. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
