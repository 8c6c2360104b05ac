import type { DecidingStatement, GateSummary } from "@/lib/quiz";
import { CodeBlock } from "./code-block";
import { SLOT_NAMES } from "./scenario-view";

const OUTCOME: Record<GateSummary["outcome"], { text: string; className: string }> = {
  allow: { text: "allows", className: "text-emerald-700 dark:text-emerald-400" },
  deny: { text: "denies", className: "text-red-700 dark:text-red-400" },
  "no-allow": { text: "no allow", className: "text-amber-700 dark:text-amber-400" },
  "not-applicable": { text: "not applicable", className: "text-slate-500 dark:text-slate-400" },
};

/** The deciding statements, or the reason there are none. */
export function DecidingList({ decidedBy }: { decidedBy: DecidingStatement[] }) {
  if (decidedBy.length === 0) return <p className="text-sm">No statement decided it: nothing allowed the request, so it is denied by default.</p>;
  return (
    <ul className="space-y-1 text-sm">
      {decidedBy.map((s) => (
        <li key={s.path}>
          <span className="font-medium">{s.sid ?? "(no Sid)"}</span> · {s.effect} in the {SLOT_NAMES[s.policyType] ?? s.policyType}{" "}
          <span className="muted font-mono text-xs break-all">{s.path}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The evaluator's trace of one evaluation: every gate in AWS's order with its outcome, the
 * deciding statements and lib/iam's plain-language explanation.
 */
export function TraceView({ gates, decidedBy, summary, title = "How AWS evaluates it" }: { gates: GateSummary[]; decidedBy: DecidingStatement[]; summary?: string; title?: string }) {
  const applied = gates.filter((g) => g.outcome !== "not-applicable");
  const skipped = gates.filter((g) => g.outcome === "not-applicable");
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <h4 className="text-sm font-semibold">{title}</h4>
      <div className="overflow-x-auto">
        {applied.length > 0 && <table className="w-full text-left text-sm">
          <caption className="sr-only">Evaluation gates in AWS&apos;s order</caption>
          <thead className="muted text-xs">
            <tr>
              <th scope="col" className="pr-3 pb-1 font-medium">Gate</th>
              <th scope="col" className="pr-3 pb-1 font-medium">Outcome</th>
              <th scope="col" className="pb-1 font-medium">Why</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {applied.map((g) => (
              <tr key={`${g.gate}-${g.level ?? ""}`}>
                <th scope="row" className="py-1 pr-3 align-top font-normal">{g.name}</th>
                <td className={`py-1 pr-3 align-top font-medium whitespace-nowrap ${OUTCOME[g.outcome].className}`}>{OUTCOME[g.outcome].text}</td>
                <td className="py-1 align-top">{g.why}</td>
              </tr>
            ))}
          </tbody>
        </table>}
        {skipped.length > 0 && <p className="muted mt-1 text-xs">Not applicable here: {skipped.map((g) => g.name).join(", ")}.</p>}
      </div>
      <div>
        <h5 className="mb-1 text-sm font-semibold">Deciding statements</h5>
        <DecidingList decidedBy={decidedBy} />
      </div>
      {summary && (
        <details>
          <summary className="cursor-pointer text-sm font-semibold">Plain-language explanation</summary>
          <CodeBlock label="Plain-language explanation" className="mt-1 whitespace-pre-wrap">
            {summary}
          </CodeBlock>
        </details>
      )}
    </div>
  );
}
