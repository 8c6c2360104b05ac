/**
 * zod schemas of the `POST /api/evaluate` envelope: one scenario, an array of scenarios or
 * `{ "cases": [...] }` (shared/iam/SCENARIO-FORMAT.md). Only the shape is checked here; policy
 * grammar is the evaluator's job and comes back as diagnostics.
 */
import { z } from "zod";

/** Most scenarios one request may carry. */
export const MAX_CASES = 1000;

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const contextValue = z.union([scalar, z.array(scalar)], { error: "must be a string or an array of strings" });
const policyDoc = z.union([z.string(), z.record(z.string(), z.unknown())], { error: "a policy must be an object or json text" });
const levels = z.array(z.array(policyDoc, { error: "each level must be an array of policies" }), {
  error: "must be an array of levels (arrays of policies) or null",
});

const requestSchema = z.looseObject(
  {
    principal: z.string({ error: "must be a string" }).min(1, "must not be empty"),
    action: z.string({ error: "must be a string such as `s3:GetObject`" }).min(1, "must not be empty"),
    resource: z.string({ error: "must be a string (an ARN, or `*`)" }).min(1, "must not be empty"),
    context: z.record(z.string(), contextValue, { error: "must be an object of strings or string arrays" }).nullish(),
    resourceAccount: z.string({ error: "must be a string" }).nullish(),
    principalAccount: z.string({ error: "must be a string" }).nullish(),
  },
  { error: "a scenario needs a `request` object" },
);

const policiesSchema = z.looseObject(
  {
    identity: z.array(policyDoc, { error: "must be an array of policies" }).nullish(),
    resource: policyDoc.nullish(),
    permissionBoundary: policyDoc.nullish(),
    scps: levels.nullish(),
    rcps: levels.nullish(),
    session: policyDoc.nullish(),
    vpcEndpoint: policyDoc.nullish(),
  },
  { error: "`policies` must be an object" },
);

/** One scenario. Unknown fields pass through; the evaluator reports them as warnings. */
export const scenarioSchema = z.looseObject(
  {
    id: z.string({ error: "must be a string" }).max(200, "must be at most 200 characters").optional(),
    request: requestSchema,
    policies: policiesSchema.nullish(),
    organization: z.looseObject({ managementAccountId: z.string({ error: "must be a string" }).nullish() }, { error: "must be an object" }).nullish(),
    expected: z.enum(["Allow", "ExplicitDeny", "ImplicitDeny"], { error: "must be `Allow`, `ExplicitDeny` or `ImplicitDeny`" }).nullish(),
  },
  { error: "a scenario must be a json object" },
);

const caseList = z
  .array(scenarioSchema, { error: "`cases` must be an array of scenarios" })
  .min(1, "give at least one scenario")
  .max(MAX_CASES, `at most ${MAX_CASES} scenarios per request`);

/** `{ "cases": [...] }`. */
export const casesEnvelopeSchema = z.looseObject({ cases: caseList });

/** A validation failure: the first issue's JSON path and message. */
export interface EnvelopeIssue {
  /** e.g. `cases[3].request.action`, `[0].request`, or `` for the body itself. */
  path: string;
  message: string;
}

/** Formats a zod path as `cases[3].request.action`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

/**
 * Validates a parsed body and returns the raw scenarios (unknown fields kept, as the evaluator
 * wants them), or the first issue.
 */
export function readEnvelope(body: unknown): { ok: true; scenarios: unknown[] } | { ok: false; issue: EnvelopeIssue } {
  const isCases = typeof body === "object" && body !== null && !Array.isArray(body) && "cases" in body;
  const schema = Array.isArray(body) ? caseList : isCases ? casesEnvelopeSchema : scenarioSchema;
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, issue: { path: formatPath(first?.path ?? []), message: first?.message ?? "invalid request body" } };
  }
  if (Array.isArray(body)) return { ok: true, scenarios: body as unknown[] };
  return { ok: true, scenarios: isCases ? ((body as { cases: unknown[] }).cases) : [body] };
}
