import type { StoredFeedback } from "@/lib/db/quiz-types";
import { DECISION_NAMES } from "./decision-names";
import { Ticks } from "./ticks";
import { TraceView } from "./trace-view";

type WriteDetail = Extract<StoredFeedback, { type: "write" }>;

const mark = (ok: boolean) => (
  <span aria-hidden="true" className={ok ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}>
    {ok ? "✓" : "✗"}
  </span>
);

/**
 * Feedback of a write-a-policy answer: parse errors with line and column, constraints, every
 * visible case (failing ones with their trace) and only a count of the hidden ones.
 */
export function WriteFeedback({ detail }: { detail: WriteDetail }) {
  const errors = detail.diagnostics.filter((d) => d.severity === "error" || !detail.parsed);
  const traces = new Map((detail.caseTraces ?? []).map((t) => [t.id, t]));
  return (
    <div className="space-y-3 text-sm">
      <p className="font-medium">
        {detail.passed} of {detail.total} checks passed
        {detail.hidden.total > 0 && ` (hidden checks: ${detail.hidden.passed} of ${detail.hidden.total} passed)`}.
      </p>
      {!detail.parsed && (
        <div>
          <h4 className="font-semibold">The policy did not parse</h4>
          <ul className="list-disc pl-5">
            {errors.map((d, i) => (
              <li key={i}>
                {d.line !== undefined && <span className="font-mono">line {d.line}, column {d.column}: </span>}
                <Ticks text={d.message} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {detail.constraints.length > 0 && (
        <ul className="space-y-0.5">
          {detail.constraints.map((c) => (
            <li key={c.name}>
              {mark(c.ok)} <span className="sr-only">{c.ok ? "met:" : "not met:"}</span> <Ticks text={c.message} />
            </li>
          ))}
        </ul>
      )}
      {detail.cases.length > 0 && (
        <ul className="space-y-3">
          {detail.cases.map((c) => {
            const trace = traces.get(c.id);
            return (
              <li key={c.id}>
                <p>
                  {mark(c.passed)} <span className="sr-only">{c.passed ? "passed:" : "failed:"}</span> <Ticks text={c.label} />{" "}
                  <span className="muted">
                    (expected {c.expect === "allow" ? "allowed" : "denied"}, got {DECISION_NAMES[c.decision]})
                  </span>
                </p>
                {!c.passed && trace && (
                  <div className="mt-2">
                    <TraceView gates={trace.gates} decidedBy={trace.decidedBy} summary={c.explanation} title={`Trace: ${c.label}`} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
