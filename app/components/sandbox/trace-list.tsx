import type { EvalResult } from "@/lib/iam";
import { policyName, statementWhy } from "./wording";

/** Every policy and statement of the trace, with why each did or did not apply. */
export function TraceList({ result }: { result: EvalResult }) {
  const policies = result.trace?.policies ?? [];
  const decided = new Set(result.decidedBy.map((d) => d.path));
  const count = policies.reduce((n, p) => n + p.statements.length + p.skipped.length, 0);
  if (policies.length === 0) return <p className="muted text-sm">No policies took part in this request.</p>;
  return (
    <details className="text-sm" open={count <= 8}>
      <summary className="cursor-pointer font-semibold">Every statement ({count})</summary>
      <ul className="mt-2 space-y-3">
        {policies.map((p) => (
          <li key={p.path}>
            <p className="font-medium">
              {policyName(p.path)} <code className="muted text-xs">{p.path}</code>
              {p.applicable ? null : <span className="muted"> — does not apply to this request</span>}
            </p>
            <ul className="mt-1 space-y-1.5 border-l-2 border-slate-200 pl-3 dark:border-slate-700">
              {p.statements.map((s) => {
                const [why, ...conditions] = statementWhy(s);
                const isDecider = decided.has(s.ref.path);
                return (
                  <li key={s.ref.path} className={isDecider ? "rounded bg-brand-50 px-1.5 py-1 dark:bg-brand-950/60" : undefined}>
                    <span className="font-mono text-xs break-all">{s.ref.path.slice(p.path.length + 1) || s.ref.path}</span>
                    {s.ref.sid ? <span className="text-xs"> ({s.ref.sid})</span> : null}{" "}
                    <span className={`rounded px-1 text-xs font-semibold ${s.ref.effect === "Deny" ? "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200" : "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200"}`}>{s.ref.effect}</span>{" "}
                    <strong>{s.applies ? "applies" : "does not apply"}</strong>
                    {isDecider ? <strong className="text-brand-800 dark:text-brand-200"> · decided</strong> : null}
                    <span className="block">{why}</span>
                    {conditions.length > 0 ? (
                      <ul className="muted mt-0.5 list-disc pl-5 text-xs break-words">
                        {conditions.map((c, i) => (
                          <li key={i}>{c}</li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                );
              })}
              {p.skipped.map((s) => (
                <li key={s.path} className="text-amber-900 dark:text-amber-200">
                  <span className="font-mono text-xs">{s.path}</span> skipped: it is invalid (see the editor)
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}
