/**
 * One zod schema per question type (docs/question-format.md), before cross-field checks. The
 * refined, public schemas are in `schema.ts`.
 */
import { z } from "zod";
import {
  constraintsSchema,
  decisionSchema,
  kebabIdSchema,
  optionSchema,
  orderItemSchema,
  organizationSchema,
  paramsSchema,
  partialRequestSchema,
  policiesSchema,
  scenarioSchema,
  textSchema,
  WRITE_SLOTS,
  writeCaseSchema,
} from "./schema-parts";

/** Question types, in the order of the format doc. */
export const QUESTION_TYPES = ["single", "multiple", "truefalse", "ordering", "fill", "predict", "spot", "write"] as const;
/** A question type. */
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Fields every question has. */
const common = {
  id: kebabIdSchema,
  version: z.number().int().min(1, "version starts at 1"),
  topics: z.array(kebabIdSchema).min(1, "needs at least one topic (the first is the main topic)"),
  domains: z.array(z.string().regex(/^[A-Z]{3}-C0\d \d\.\d$/, "must look like `SAA-C03 1.1`")).min(1, "needs at least one domain"),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: "difficulty is 1, 2 or 3" }),
  prompt: textSchema,
  explanation: textSchema,
  source: z.url({ protocol: /^https$/, error: "source must be an https URL (the AWS page the key comes from)" }),
};

/** `single`: exactly one correct option. */
export const singleSchema = z.object({ ...common, type: z.literal("single"), options: z.array(optionSchema).min(2) }).strict();
/** `multiple`: one or more correct options, partial credit. */
export const multipleSchema = z.object({ ...common, type: z.literal("multiple"), options: z.array(optionSchema).min(2) }).strict();
/** `truefalse`: a statement to judge, with feedback for each choice. */
export const trueFalseSchema = z
  .object({ ...common, type: z.literal("truefalse"), answer: z.boolean(), feedback: z.object({ true: textSchema, false: textSchema }).strict() })
  .strict();
/** `ordering`: items authored in the correct order. */
export const orderingSchema = z.object({ ...common, type: z.literal("ordering"), items: z.array(orderItemSchema).min(2) }).strict();
/** `fill`: accepted answers (case-insensitive, trimmed) or a number with a tolerance. */
export const fillSchema = z
  .object({
    ...common,
    type: z.literal("fill"),
    accepted: z.array(textSchema).min(1).optional(),
    numeric: z.object({ value: z.number(), tolerance: z.number().min(0).default(0), unit: z.string().optional() }).strict().optional(),
  })
  .strict();

/** Explanations per computed decision (templates). */
const explanationByDecisionSchema = z.partialRecord(decisionSchema, textSchema);

/** `predict`: the learner predicts the evaluator's decision. */
export const predictSchema = z
  .object({
    ...common,
    type: z.literal("predict"),
    params: paramsSchema.optional(),
    scenario: scenarioSchema,
    statedDecision: decisionSchema.optional(),
    askStatement: z.boolean().optional(),
    explanationByDecision: explanationByDecisionSchema.optional(),
  })
  .strict();
/** `spot`: the learner picks the deciding statement. */
export const spotSchema = z
  .object({ ...common, type: z.literal("spot"), scenario: scenarioSchema, statedStatement: textSchema })
  .strict();
/** `write`: the learner writes or fixes one policy, graded against cases. */
export const writeSchema = z
  .object({
    ...common,
    type: z.literal("write"),
    params: paramsSchema.optional(),
    slot: z.enum(WRITE_SLOTS),
    starter: z.string(),
    base: z.object({ request: partialRequestSchema, policies: policiesSchema, organization: organizationSchema.optional() }).strict(),
    cases: z.array(writeCaseSchema).min(1, "needs at least one case"),
    constraints: constraintsSchema.default({}),
    solution: textSchema,
  })
  .strict();

/** Every question type as a discriminated union on `type`, without cross-field checks. */
export const questionUnionSchema = z.discriminatedUnion(
  "type",
  [singleSchema, multipleSchema, trueFalseSchema, orderingSchema, fillSchema, predictSchema, spotSchema, writeSchema],
  { error: (iss) => (iss.code === "invalid_union" ? `unknown question type; expected one of ${QUESTION_TYPES.join(", ")}` : undefined) },
);

/** A validated question (any type). */
export type Question = z.output<typeof questionUnionSchema>;
/** A question as written in YAML (defaults not yet applied). */
export type QuestionInput = z.input<typeof questionUnionSchema>;
/** A question of one type. */
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
/** A single-choice question. */
export type SingleQuestion = QuestionOf<"single">;
/** A multiple-response question. */
export type MultipleQuestion = QuestionOf<"multiple">;
/** A true/false question. */
export type TrueFalseQuestion = QuestionOf<"truefalse">;
/** An ordering question. */
export type OrderingQuestion = QuestionOf<"ordering">;
/** A fill-in question. */
export type FillQuestion = QuestionOf<"fill">;
/** A predict-the-decision question. */
export type PredictQuestion = QuestionOf<"predict">;
/** A spot-the-statement question. */
export type SpotQuestion = QuestionOf<"spot">;
/** A write-a-policy question. */
export type WriteQuestion = QuestionOf<"write">;
