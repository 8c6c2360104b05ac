"use client";
import { useId } from "react";
import { explainText, type EvalResult } from "@/lib/iam";
import { DecisionBadge } from "@/app/components/iam/decision-badge";
import { FlowChart } from "@/app/components/iam/flow-chart";
import { flowModel, type FlowNode } from "@/app/components/iam/flow-model";
import { TraceList } from "./trace-list";
import { flipText, refText } from "./wording";

const NODE_TONE: Record<FlowNode["state"], string> = {
  decided: "font-semibold text-slate-900 dark:text-white",
  passed: "text-slate-800 dark:text-slate-200",
  skipped: "text-slate-600 dark:text-slate-400",
  unreached: "text-slate-500 dark:text-slate-400",
};
const NODE_ICON: Record<FlowNode["state"], string> = { decided: "▶", passed: "✓", skipped: "–", unreached: "·" };

/** The live decision: badge, deciding statements, flip hints, gates, trace and explanation. */
export function DecisionPanel({ result, pending, request }: { result: EvalResult; pending: boolean; request: { principal: string; action: string; resource: string } }) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const model = flowModel(result);
  const problems = result.diagnostics.filter((d) => d.severity === "error" || !d.path.startsWith("policies."));
  return (
    <section aria-labelledby="decision-heading" id="decision" className="card space-y-4 p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="decision-heading" className="text-lg font-semibold">
          Decision
        </h2>
        <span className="muted text-xs" aria-hidden={!pending}>
          {pending ? "Updating…" : "Live"}
        </span>
      </div>
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="sandbox-decision">
        <DecisionBadge decision={result.decision} />
      </div>
      <p className="muted text-sm break-words">
        <code>{request.principal || "(no principal)"}</code> calls <code>{request.action || "(no action)"}</code> on <code>{request.resource || "(no resource)"}</code>
      </p>

      <div className="text-sm">
        <h3 className="font-semibold">Deciding statements</h3>
        {result.decidedBy.length === 0 ? (
          <p className="muted mt-1">{result.decision === "ImplicitDeny" ? "None: nothing allowed the request, so it is denied by default." : "None."}</p>
        ) : (
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {result.decidedBy.map((s) => (
              <li key={s.path}>
                <code className="break-all">{refText(s)}</code> — {s.effect}
              </li>
            ))}
          </ul>
        )}
      </div>

      {result.flip && result.flip.length > 0 ? (
        <div className="rounded-lg border border-brand-200 bg-brand-50/60 p-3 text-sm dark:border-brand-900 dark:bg-brand-950/40">
          <h3 className="font-semibold">What would change this</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {result.flip.map((h, i) => (
              <li key={i} className="break-words">
                {flipText(h)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {problems.length > 0 ? (
        <div className="text-sm">
          <h3 className="font-semibold">Problems in the scenario</h3>
          <ul className="mt-1 space-y-0.5 text-amber-900 dark:text-amber-200">
            {problems.map((d, i) => (
              <li key={i} className="break-words">
                <span aria-hidden>▲ </span>
                <code>{d.path || "(scenario)"}</code>: {d.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="text-sm">
        <h3 className="font-semibold">Gates, in AWS&apos;s order</h3>
        <ol className="mt-1 space-y-1">
          {model.nodes.map((n) => (
            <li key={n.gate} className={`flex gap-2 ${NODE_TONE[n.state]}`}>
              <span aria-hidden className="w-3 shrink-0 text-center">
                {NODE_ICON[n.state]}
              </span>
              <span>
                {n.title}: {n.status}
                {n.state === "decided" ? <strong> (decided)</strong> : null}
                {n.state !== "unreached" ? <span className="muted block text-xs">{n.why}</span> : null}
              </span>
            </li>
          ))}
        </ol>
        <details className="mt-2">
          <summary className="cursor-pointer font-medium text-brand-700 dark:text-brand-300">Show as a flowchart</summary>
          <div className="mt-2 flex justify-center">
            <FlowChart model={model} id={`sandbox-flow-${uid}`} titleId={`sandbox-flow-${uid}-t`} descId={`sandbox-flow-${uid}-d`} />
          </div>
        </details>
      </div>

      <TraceList result={result} />

      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand-700 dark:text-brand-300">Explanation, step by step</summary>
        <pre className="mt-2 overflow-x-auto rounded-lg bg-slate-50 p-3 font-mono text-xs leading-relaxed whitespace-pre-wrap text-slate-800 dark:bg-slate-950 dark:text-slate-200">
          {explainText(result)}
        </pre>
      </details>
    </section>
  );
}
