/**
 * Building blocks of the question schemas (docs/question-format.md): ids, decisions, options,
 * template parameters and the scenario shape of shared/iam/SCENARIO-FORMAT.md.
 */
import { z } from "zod";

/** A kebab-case identifier (question ids, option ids, topics, misconception tags). */
export const kebabIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (lowercase letters, digits and single hyphens)");

/** Non-empty text (Markdown or plain). */
export const textSchema = z.string().refine((s) => s.trim().length > 0, "must not be empty");

/** The three decisions of AWS's policy evaluation logic. */
export const DECISIONS = ["Allow", "ExplicitDeny", "ImplicitDeny"] as const;
/** One of `DECISIONS`. */
export const decisionSchema = z.enum(DECISIONS);

/** An answer option of a single- or multiple-choice question. */
export const optionSchema = z
  .object({
    id: kebabIdSchema,
    text: textSchema,
    correct: z.boolean(),
    feedback: textSchema,
    misconception: kebabIdSchema.optional(),
  })
  .strict();

/** An item of an ordering question (authored in the correct order). */
export const orderItemSchema = z.object({ id: kebabIdSchema, text: textSchema }).strict();

/** A template parameter, drawn from the seed by `instantiate`. */
export const paramSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("accountId") }).strict(),
    z.object({ kind: z.literal("pick"), values: z.array(z.union([z.string(), z.number()])).min(1, "needs at least one value") }).strict(),
    z
      .object({ kind: z.literal("int"), min: z.number().int(), max: z.number().int() })
      .strict()
      .refine((p) => p.min <= p.max, { message: "`min` must not be greater than `max`", path: ["max"] }),
  ],
  { error: "a param needs `kind`: accountId, pick or int" },
);

/** Template parameters by name (`{{name}}` in strings). */
export const paramsSchema = z.record(
  z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "a param name is letters, digits and underscores"),
  paramSchema,
);

const contextValue = z.union([z.string(), z.array(z.string())], { error: "a context value is a string or an array of strings" });

/** Request fields; `request` in a scenario needs all of principal, action, resource and context. */
const requestShape = {
  principal: textSchema,
  action: textSchema,
  resource: textSchema,
  context: z.record(z.string(), contextValue),
  resourceAccount: z.string().optional(),
  principalAccount: z.string().optional(),
};

/** The `request` of a scenario. */
export const requestSchema = z.object(requestShape).strict();
/** A partial request (write `base.request` and each case's `request`, merged before evaluation). */
export const partialRequestSchema = requestSchema.partial().strict();

/** A policy document: a JSON object, or JSON text (validated by lib/iam's parser, not here). */
export const policyDocSchema = z.union([z.string(), z.record(z.string(), z.unknown())], {
  error: "a policy is a JSON object or JSON text",
});

const levelsSchema = z.array(z.array(policyDocSchema)).nullable().optional();
const singleDoc = policyDocSchema.nullable().optional();

/** The `policies` element of a scenario (slots as in SCENARIO-FORMAT.md). */
export const policiesSchema = z
  .object({
    identity: z.array(policyDocSchema).optional(),
    resource: singleDoc,
    permissionBoundary: singleDoc,
    scps: levelsSchema,
    rcps: levelsSchema,
    session: singleDoc,
    vpcEndpoint: singleDoc,
  })
  .strict();

/** Organization facts of a scenario. */
export const organizationSchema = z.object({ managementAccountId: z.string().optional() }).strict();

/** A scenario without `expected` (the key is computed by lib/iam). */
export const scenarioSchema = z
  .object({
    id: z.string().optional(),
    request: requestSchema,
    policies: policiesSchema,
    organization: organizationSchema.optional(),
  })
  .strict();

/** Which policy of a write question's scenario the learner's text becomes. */
export const WRITE_SLOTS = ["identity", "resource", "boundary", "scp", "session"] as const;

/** One test case of a write question. */
export const writeCaseSchema = z
  .object({
    id: kebabIdSchema,
    label: textSchema,
    request: partialRequestSchema,
    expect: z.enum(["allow", "deny"]),
    hidden: z.boolean().default(false),
  })
  .strict();

/** Constraints a written policy must meet, each reported separately. */
export const constraintsSchema = z
  .object({
    noWildcardActions: z.boolean().optional(),
    noWildcardResources: z.boolean().optional(),
    requiredConditionKeys: z.array(textSchema).optional(),
    maxStatements: z.number().int().min(1).optional(),
  })
  .strict();

/** A scenario: request, policies and optional organization facts. */
export type Scenario = z.output<typeof scenarioSchema>;
/** A scenario's `policies`. */
export type ScenarioPolicies = z.output<typeof policiesSchema>;
/** A (partial) scenario request. */
export type PartialRequest = z.output<typeof partialRequestSchema>;
/** A template parameter definition. */
export type ParamDef = z.output<typeof paramSchema>;
/** One of `DECISIONS`. */
export type QuizDecision = z.output<typeof decisionSchema>;
/** A write slot. */
export type WriteSlot = (typeof WRITE_SLOTS)[number];
/** A write case. */
export type WriteCase = z.output<typeof writeCaseSchema>;
/** Write constraints. */
export type WriteConstraints = z.output<typeof constraintsSchema>;
