"use client";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { FieldError, TryItOutcome } from "./try-it-engine";
import { fieldsFromScenario, type ScenarioLike, type TryItFields } from "./try-it-fields";
import { decisionLabel } from "./decision-badge";
import { PlayIcon } from "./icons";
import { TryItResult } from "./try-it-result";

type Engine = typeof import("./try-it-engine");
let engine: Promise<Engine> | undefined;
/** Loads the evaluator chunk once, on first use. */
const loadEngine = (): Promise<Engine> => (engine ??= import("./try-it-engine"));

interface Props {
  name: string;
  /** The scenario's request and policies: the editor's first text. */
  scenario: ScenarioLike;
  /** The build-time result (without the explanation, worked out on demand). */
  initial: TryItOutcome;
  organization?: unknown;
  expected?: string;
  sourceUrl?: string;
  why?: string;
}

const FIELDS = [
  ["principal", "Principal", true],
  ["principalAccount", "Principal account", false],
  ["action", "Action", false],
  ["resource", "Resource", true],
  ["resourceAccount", "Resource account", false],
] as const;

const rows = (text: string, max: number) => Math.max(3, Math.min(max, text.split("\n").length));

/** The live evaluator of a ```json tryit block. */
export function TryItIsland({ name, scenario, initial, organization, expected, sourceUrl, why }: Props) {
  const id = useId();
  const original = useMemo(() => fieldsFromScenario(scenario), [scenario]);
  const [fields, setFields] = useState(original);
  const [outcome, setOutcome] = useState(initial);
  const [pending, setPending] = useState(false);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setPending(true);
    let live = true;
    const timer = window.setTimeout(() => {
      void loadEngine().then((e) => {
        if (!live) return;
        setOutcome(e.runTryIt(fields, organization));
        setPending(false);
      });
    }, 250);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [fields, organization]);

  // The step-by-step explanation of the current fields, when the reader opens it.
  const explain = () => {
    if (!outcome.ok || outcome.explanation !== undefined) return;
    void loadEngine().then((e) => setOutcome((now) => (now === outcome ? e.runTryIt(fields, organization) : now)));
  };

  const set = (key: keyof TryItFields) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setFields((f) => ({ ...f, [key]: e.target.value }));
  const errorFor = (field: FieldError["field"]) => (outcome.ok ? undefined : outcome.errors.find((x) => x.field === field));
  const changed = JSON.stringify(fields) !== JSON.stringify(original);
  const input = "input font-mono text-[13px]";

  function textArea(field: "context" | "policies", label: string, max: number) {
    const err = errorFor(field);
    return (
      <div>
        <label className="label" htmlFor={`${id}-${field}`}>{label}</label>
        <textarea
          id={`${id}-${field}`}
          className={`${input} leading-relaxed`}
          rows={rows(fields[field], max)}
          spellCheck={false}
          wrap="off"
          autoCapitalize="off"
          autoCorrect="off"
          value={fields[field]}
          onChange={set(field)}
          onFocus={() => void loadEngine()}
          aria-invalid={err ? true : undefined}
          aria-describedby={err ? `${id}-${field}-err` : undefined}
        />
        {err ? (
          <p id={`${id}-${field}-err`} className="mt-1 text-sm text-red-800 dark:text-red-200">
            <span aria-hidden>✖ </span>Line {err.line}, column {err.column}: {err.message}
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <section aria-labelledby={`${id}-h`} className="my-8 rounded-xl border-2 border-brand-200 bg-brand-50/40 p-3 sm:p-5 dark:border-brand-900 dark:bg-brand-950/30">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`${id}-h`} className="text-base font-semibold">
          <PlayIcon className="mr-1.5 -mt-0.5 text-brand-700 dark:text-brand-300" />Try it<span className="sr-only">: {name}</span>
        </h3>
        <code className="muted text-xs break-all">{name}</code>
      </div>
      {expected ? (
        <p className="mb-3 text-sm">
          <strong>AWS documents: {decisionLabel(expected)}</strong>
          {why ? <> — {why}</> : null}
          {sourceUrl ? (
            <>
              {" "}
              <a className="text-brand-700 underline dark:text-brand-300" href={sourceUrl}>
                (source)
              </a>
            </>
          ) : null}
        </p>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-3">
        {FIELDS.map(([k, label, wide]) => (
          <div key={k} className={wide ? "sm:col-span-2" : k === "action" ? "sm:col-span-3" : ""}>
            <label className="label" htmlFor={`${id}-${k}`}>{label}</label>
            <input id={`${id}-${k}`} className={input} value={fields[k]} onChange={set(k)} onFocus={() => void loadEngine()} spellCheck={false} autoCapitalize="off" autoComplete="off" />
          </div>
        ))}
      </div>
      <div className="mt-3 space-y-3">
        {textArea("context", "Request context (JSON)", 12)}
        {textArea("policies", "Policies (JSON)", 22)}
      </div>
      <div className="mt-4 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
        <TryItResult outcome={outcome} pending={pending} expected={expected} changed={changed} onExplain={explain} />
      </div>
      <div className="mt-3">
        <button type="button" className="btn-secondary" disabled={!changed} onClick={() => setFields(original)}>
          Reset
        </button>
      </div>
    </section>
  );
}
