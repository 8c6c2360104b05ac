"use client";
import { useEffect, useState } from "react";
import { DecisionBadge } from "@/app/components/iam/decision-badge";
import type { SandboxExample } from "@/app/sandbox/examples";
import { DecisionPanel } from "./decision-panel";
import { readScenario } from "./import-scenario";
import { emptyState, listPolicies, type SandboxState } from "./model";
import { PolicySections } from "./policy-sections";
import { RequestBuilder } from "./request-builder";
import { SavePanel } from "./save-panel";
import { ExampleGallery, ScenarioIo } from "./scenario-tools";
import { useLint, useParseProblems } from "./use-checks";
import { useEvaluation } from "./use-evaluation";
import { useSandboxState, type OpenedScenario } from "./use-sandbox-state";

interface Props {
  examples: SandboxExample[];
  signedIn: boolean;
  opened?: OpenedScenario;
}

function exampleState(example: SandboxExample | undefined): SandboxState {
  const read = example ? readScenario(example.scenario) : undefined;
  return read?.ok ? read.state : emptyState();
}

/** Whether the element with this id is on screen (the mobile decision bar hides then). */
function useInView(id: string): boolean {
  const [inView, setInView] = useState(false);
  useEffect(() => {
    const el = document.getElementById(id);
    if (!el || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(([entry]) => setInView(entry?.isIntersecting ?? false));
    observer.observe(el);
    return () => observer.disconnect();
  }, [id]);
  return inView;
}

/** The sandbox: build any authorization scenario and watch the evaluator decide, live. */
export function Workbench({ examples, signedIn, opened }: Props) {
  const { state, scenario, update, load, loadId, notice, ready, plain, setPlain } = useSandboxState(exampleState(examples[0]), opened);
  const { result, pending } = useEvaluation(scenario);
  const policies = listPolicies(state);
  const problems = useParseProblems(policies);
  const lint = useLint(policies, state.request.resourceAccount.trim());
  const scenarioJson = JSON.stringify(scenario, null, 2);
  const panelInView = useInView("decision");

  return (
    <div className="space-y-6" data-ready={ready ? "true" : "false"}>
      <ExampleGallery examples={examples} onLoad={(ex) => load(exampleState(ex), `Loaded the example “${ex.title}”.`)} />

      <div className="card flex flex-col gap-4 p-4 md:flex-row md:items-start md:justify-between">
        <div className="space-y-3">
          <ScenarioIo scenarioJson={scenarioJson} onImport={(s, extra) => load(s, `Imported “${s.id}”.${extra ? ` ${extra}` : ""}`)} />
          <div className="flex flex-wrap gap-2">
            <button type="button" className="btn-secondary px-2.5 py-1 text-xs" onClick={() => load(emptyState(), "Started an empty scenario.")}>
              New empty scenario
            </button>
            <label className="inline-flex items-center gap-2 text-sm">
              <input type="checkbox" className="size-4 accent-brand-700" checked={plain} onChange={(e) => setPlain(e.target.checked)} />
              Plain text editors
            </label>
          </div>
        </div>
        <div className="md:w-96">
          <SavePanel signedIn={signedIn} scenarioJson={scenarioJson} defaultName={state.id} />
        </div>
      </div>

      <p role="status" className="text-sm font-medium text-brand-800 empty:hidden dark:text-brand-200">
        {notice}
      </p>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,27rem)]">
        <div key={loadId} className="min-w-0 space-y-6">
          <RequestBuilder
            request={state.request}
            managementAccountId={state.managementAccountId}
            onChange={(request) => update((s) => ({ ...s, request }))}
            onManagementAccountChange={(managementAccountId) => update((s) => ({ ...s, managementAccountId }))}
          />
          <section aria-labelledby="policies-heading" className="space-y-3">
            <h2 id="policies-heading" className="text-lg font-semibold">
              Policies
            </h2>
            <PolicySections state={state} update={update} problems={problems} lint={lint} plain={plain} />
          </section>
        </div>
        <div className="min-w-0 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <DecisionPanel result={result} pending={pending} request={state.request} />
        </div>
      </div>

      <div className={`fixed inset-x-0 bottom-0 z-10 items-center ${panelInView ? "hidden" : "flex"} justify-between gap-2 border-t border-slate-200 bg-white/95 px-4 py-2 backdrop-blur lg:hidden dark:border-slate-800 dark:bg-slate-950/95`} aria-hidden="true">
        <DecisionBadge decision={result.decision} />
        <a href="#decision" tabIndex={-1} className="text-sm font-medium text-brand-700 underline dark:text-brand-300">
          See why
        </a>
      </div>
    </div>
  );
}
