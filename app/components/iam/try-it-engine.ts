/**
 * The TryIt evaluator: turns the editable fields back into a scenario and evaluates it. Loaded
 * by the browser with a dynamic import (its own chunk, with lib/iam), and used on the server for
 * the first render. Pure: no React.
 */
import { evaluate, explainText, parseJsonText, type Decision } from "@/lib/iam";
import type { TryItFields } from "./try-it-fields";

export { fieldsFromScenario, type TryItFields } from "./try-it-fields";

/** A JSON syntax error in one of the text fields. */
export interface FieldError {
  field: "context" | "policies";
  message: string;
  line: number;
  column: number;
}

/** A deciding statement, for display. */
export interface ShownStatement {
  path: string;
  effect: string;
  sid?: string;
}

/**
 * The result shown under the editor. `explanation` (the step-by-step trace) is left out of the
 * first, build-time result, to keep it out of the page; the island works it out when asked.
 */
export type TryItOutcome =
  | { ok: true; decision: Decision; decidedBy: ShownStatement[]; explanation?: string; warnings: string[] }
  | { ok: false; errors: FieldError[] };

function parseField(field: FieldError["field"], text: string, errors: FieldError[]): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const parsed = parseJsonText(text);
    const at = parsed.ok ? { line: 1, column: 1 } : parsed.error.range.start;
    errors.push({ field, message: parsed.ok ? "invalid JSON" : parsed.error.message, line: at.line, column: at.column });
    return undefined;
  }
}

/**
 * Builds the scenario from the fields (or reports JSON errors) and evaluates it; with
 * `explain: false` the step-by-step explanation is not worked out (the build-time first result).
 */
export function runTryIt(fields: TryItFields, organization?: unknown, options: { explain?: boolean } = {}): TryItOutcome {
  const errors: FieldError[] = [];
  const context = parseField("context", fields.context, errors);
  const policies = parseField("policies", fields.policies, errors);
  if (errors.length > 0) return { ok: false, errors };
  const request: Record<string, unknown> = { principal: fields.principal.trim(), action: fields.action.trim(), resource: fields.resource.trim(), context };
  if (fields.principalAccount.trim()) request.principalAccount = fields.principalAccount.trim();
  if (fields.resourceAccount.trim()) request.resourceAccount = fields.resourceAccount.trim();
  const scenario: Record<string, unknown> = { request, policies };
  if (organization !== undefined) scenario.organization = organization;
  const result = evaluate(scenario, { trace: true });
  return {
    ok: true,
    decision: result.decision,
    decidedBy: result.decidedBy.map((d) => ({ path: d.path, effect: d.effect, ...(d.sid ? { sid: d.sid } : {}) })),
    ...(options.explain === false ? {} : { explanation: explainText(result) }),
    warnings: result.diagnostics.map((d) => `${d.severity}: ${d.path || "(scenario)"}: ${d.message}`),
  };
}
