"use client";
import { useState } from "react";
import { CopyButton } from "@/app/components/iam/copy-button";
import type { SandboxExample } from "@/app/sandbox/examples";
import { importScenarioText, type ImportError } from "./import-scenario";
import type { SandboxState } from "./model";

/** The starter gallery: each example loads into the workbench. */
export function ExampleGallery({ examples, onLoad }: { examples: SandboxExample[]; onLoad: (example: SandboxExample) => void }) {
  return (
    <section aria-labelledby="gallery-heading">
      <h2 id="gallery-heading" className="mb-2 text-lg font-semibold">
        Start from an example
      </h2>
      <ul className="grid gap-2 sm:grid-cols-2 xl:grid-cols-4">
        {examples.map((ex) => (
          <li key={ex.scenario.id}>
            <button
              type="button"
              onClick={() => onLoad(ex)}
              className="h-full w-full rounded-lg border border-slate-200 bg-white px-3 py-2 text-left text-sm hover:border-brand-400 hover:bg-brand-50 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-brand-600 dark:hover:bg-brand-950/50"
            >
              <span className="block font-semibold">{ex.title}</span>
              <span className="muted block text-xs">{ex.summary}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "Copy as scenario JSON" and "Import scenario JSON" (errors name the JSON path). */
export function ScenarioIo({ scenarioJson, onImport }: { scenarioJson: string; onImport: (state: SandboxState, notice?: string) => void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<ImportError[]>([]);

  function run() {
    const result = importScenarioText(text);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    setText("");
    setOpen(false);
    onImport(result.state, result.notice);
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <CopyButton text={scenarioJson} label="Copy as scenario JSON" />
        <button type="button" className="btn-secondary px-2.5 py-1 text-xs" aria-expanded={open} aria-controls="import-panel" onClick={() => setOpen((o) => !o)}>
          <span aria-hidden>⇪</span> Import scenario JSON
        </button>
      </div>
      {open ? (
        <div id="import-panel" className="card space-y-2 p-3">
          <label className="label" htmlFor="import-text">
            Scenario JSON (the format of the evaluator&apos;s test fixtures)
          </label>
          <textarea
            id="import-text"
            className="input font-mono text-[13px]"
            rows={8}
            value={text}
            onChange={(e) => setText(e.target.value)}
            spellCheck={false}
            aria-invalid={errors.length > 0 ? true : undefined}
            aria-describedby={errors.length > 0 ? "import-errors" : undefined}
          />
          {errors.length > 0 ? (
            <div id="import-errors" role="alert" className="rounded-lg border-l-4 border-red-700 bg-red-50 p-2 text-sm text-red-900 dark:border-red-400 dark:bg-red-950/60 dark:text-red-100">
              <p className="font-semibold">The scenario could not be imported:</p>
              <ul className="mt-1 list-disc pl-5">
                {errors.map((e, i) => (
                  <li key={i} className="break-words">
                    <code>{e.path}</code>: {e.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="flex gap-2">
            <button type="button" className="btn-primary px-3 py-1.5" onClick={run}>
              Import
            </button>
            <button type="button" className="btn-secondary px-3 py-1.5" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
