/**
 * The question bank schema (docs/question-format.md): every question type as a discriminated
 * union on `type`, with cross-field checks, and the `questions: [...]` file shape. Files are read
 * and YAML-parsed by lib/content; this module only validates already-parsed values.
 */
import { z } from "zod";
import { checkQuestion } from "./schema-checks";
import { questionUnionSchema } from "./schema-types";

/** Building blocks: ids, decisions, options, params, scenario shapes. */
export * from "./schema-parts";
/** Per-type schemas and the inferred question types. */
export * from "./schema-types";

/** A question of any type, shape-validated and cross-checked (options, placeholders, scenarios). */
export const questionSchema = questionUnionSchema.superRefine((question, ctx) => {
  checkQuestion(question, (path, message) => ctx.addIssue({ code: "custom", path, message }));
});

/** A question bank file: `questions: [ ... ]`. */
export const questionFileSchema = z.object({ questions: z.array(questionSchema) }).strict();

/** A validated question bank file. */
export type QuestionFile = z.output<typeof questionFileSchema>;

/** Formats an issue path as `questions[3].options[0].id`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out === "" ? String(seg) : `.${String(seg)}`;
  }
  return out;
}

/** One validation problem: where (`questions[3].options`) and what. */
export interface SchemaIssue {
  path: string;
  message: string;
}

/** Turns a zod error into `{path, message}` issues, paths formatted by `formatPath`. */
export function schemaIssues(error: z.ZodError): SchemaIssue[] {
  return error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
}

/** Formats issues as lines `path: message` (the root is shown as `(root)`). */
export function formatIssues(issues: readonly SchemaIssue[]): string {
  return issues.map((i) => `${i.path || "(root)"}: ${i.message}`).join("\n");
}

/** Result of `parseQuestionFile`. */
export type QuestionFileResult = { ok: true; file: QuestionFile } | { ok: false; issues: SchemaIssue[] };

/** Validates an already-parsed question bank file; never throws. */
export function parseQuestionFile(value: unknown): QuestionFileResult {
  const parsed = questionFileSchema.safeParse(value);
  return parsed.success ? { ok: true, file: parsed.data } : { ok: false, issues: schemaIssues(parsed.error) };
}
