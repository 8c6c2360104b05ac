/** Turns scenarios into the `results` of `POST /api/evaluate`, and JSON errors into messages. */
import { evaluate, explainText, parseJsonText, type Diagnostic, type FlipHint, type StatementRef, type Trace } from "@/lib/iam";

/** Response options from the query string. */
export interface ResultOptions {
  /** `?trace=1`: add the evaluation trace (and flip hints). */
  trace: boolean;
  /** `?explain=1`: add a plain-language explanation. */
  explain: boolean;
}

/** One entry of `results`. */
export interface EvaluateResult {
  id: string | null;
  decision: "Allow" | "ExplicitDeny" | "ImplicitDeny";
  decidedBy: StatementRef[];
  diagnostics: Diagnostic[];
  explanation?: string;
  trace?: Trace;
  flip?: FlipHint[];
}

function idOf(scenario: unknown): string | null {
  const id = (scenario as { id?: unknown }).id;
  return typeof id === "string" ? id : null;
}

/** Evaluates validated scenarios in order. */
export function evaluateAll(scenarios: readonly unknown[], opts: ResultOptions): EvaluateResult[] {
  return scenarios.map((scenario) => {
    const result = evaluate(scenario, opts.trace ? { trace: true } : { flip: opts.explain });
    const out: EvaluateResult = { id: idOf(scenario), decision: result.decision, decidedBy: result.decidedBy, diagnostics: result.diagnostics };
    if (opts.explain) out.explanation = explainText(result);
    if (opts.trace) {
      if (result.trace) out.trace = result.trace;
      if (result.flip) out.flip = result.flip;
    }
    return out;
  });
}

/** Parses JSON text; on a syntax error, a message with line and column. */
export function parseBodyJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const located = parseJsonText(text);
    if (located.ok) return { ok: false, message: "the request body is not valid json" };
    const { line, column } = located.error.range.start;
    return { ok: false, message: `the request body is not valid json: ${located.error.message} (line ${line}, column ${column})` };
  }
}

/** A flag from the query string: `1`, `true` or an empty value turn it on. */
export function queryFlag(url: URL, name: string): boolean {
  const v = url.searchParams.get(name);
  return v !== null && ["", "1", "true"].includes(v.toLowerCase());
}
