import type { TryItOutcome } from "./try-it-engine";
import { DecisionBadge, decisionLabel } from "./decision-badge";

/** The live result of a TryIt: decision (icon and text), deciding statements, explanation. */
export function TryItResult({
  outcome,
  pending,
  expected,
  changed,
  onExplain,
}: {
  outcome: TryItOutcome;
  pending: boolean;
  expected?: string;
  changed: boolean;
  /** Asks for the explanation when the reader opens it and the outcome has none yet. */
  onExplain: () => void;
}) {
  if (!outcome.ok) {
    return (
      <p role="status" className="text-sm text-red-800 dark:text-red-200">
        <span aria-hidden>✖ </span>Fix the JSON above to see a decision.
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <div role="status" className="flex flex-wrap items-center gap-3">
        <DecisionBadge decision={outcome.decision} />
        {pending ? <span className="muted text-xs">Updating…</span> : null}
        {!changed && expected ? (
          <span className="text-sm">{expected === outcome.decision ? "Matches what AWS documents." : `AWS documents ${decisionLabel(expected)}.`}</span>
        ) : null}
        {changed ? <span className="muted text-sm">(edited request or policies)</span> : null}
      </div>
      <div className="text-sm">
        <p className="font-medium">Deciding statements</p>
        {outcome.decidedBy.length === 0 ? (
          <p className="muted">None: no statement decided; nothing allowed the request, so it is denied by default.</p>
        ) : (
          <ul className="mt-1 list-disc pl-5">
            {outcome.decidedBy.map((s) => (
              <li key={s.path} className="break-all">
                <code>{s.path}</code>
                {s.sid ? <> ({s.sid})</> : null} — {s.effect}
              </li>
            ))}
          </ul>
        )}
      </div>
      <details className="text-sm" onToggle={(e) => (e.currentTarget.open ? onExplain() : undefined)}>
        <summary className="cursor-pointer font-medium text-brand-700 dark:text-brand-300">Explanation, step by step</summary>
        {outcome.explanation === undefined ? (
          <p className="muted mt-2">Working it out…</p>
        ) : (
          <pre className="mt-2 overflow-x-auto rounded-lg bg-slate-50 p-3 font-mono text-xs leading-relaxed whitespace-pre-wrap text-slate-800 dark:bg-slate-950 dark:text-slate-200">
            {outcome.explanation}
          </pre>
        )}
      </details>
      {outcome.warnings.length > 0 ? (
        <ul className="text-xs text-amber-900 dark:text-amber-200">
          {outcome.warnings.map((w, i) => (
            <li key={i}>
              <span aria-hidden>▲ </span>
              {w}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
