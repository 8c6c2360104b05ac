import { evaluate } from "@/lib/iam";
import { DecisionBadge } from "./decision-badge";
import { FlowChart } from "./flow-chart";
import { flowModel } from "./flow-model";

interface FlowScenario {
  id?: string;
  request?: { principal?: string; action?: string; resource?: string };
  expected?: string;
  source?: string;
}

/** ```json flow: the evaluation flowchart with this scenario's path, computed at build time. */
export function Flow({ source, blockId }: { source: string; blockId?: string }) {
  const scenario = JSON.parse(source) as FlowScenario;
  const result = evaluate(scenario, { trace: true });
  const model = flowModel(result);
  const req = scenario.request ?? {};
  // blockId (flow-1, flow-2, …) is unique in a lesson; no useId, so the chart renders as static prose.
  const id = `${blockId ?? "flow"}-chart`;
  return (
    <figure className="my-8 rounded-xl border border-slate-200 bg-white p-3 sm:p-5 dark:border-slate-800 dark:bg-slate-900/60" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`} className="mb-3 space-y-1">
        <span className="block font-semibold">How AWS evaluates this request</span>
        <span className="muted block text-sm break-words">
          <code>{req.principal}</code> calls <code>{req.action}</code> on <code>{req.resource}</code>
        </span>
      </figcaption>
      <div className="flex justify-center">
        <FlowChart model={model} id={id} titleId={`${id}-title`} descId={`${id}-desc`} />
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <DecisionBadge decision={model.decision} />
        {model.decidedBy.length > 0 ? (
          <span className="muted text-sm break-all">Decided by {model.decidedBy.join(", ")}</span>
        ) : null}
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700 dark:text-brand-300">The path as text</summary>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {model.nodes.map((n) => (
            <li key={n.gate}>
              <strong>{n.title}</strong> ({n.question}): {n.status}
              {n.state === "decided" ? <strong> — this step decided the request</strong> : null}. {n.state !== "unreached" ? n.why : ""}
            </li>
          ))}
          <li>
            Outcome: <strong>{model.decision}</strong>
            {scenario.expected ? <> (AWS documents: {scenario.expected})</> : null}
          </li>
        </ol>
        {scenario.source ? (
          <p className="mt-2">
            Source: <a className="text-brand-700 underline dark:text-brand-300" href={scenario.source}>{scenario.source}</a>
          </p>
        ) : null}
      </details>
    </figure>
  );
}
