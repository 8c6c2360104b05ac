"use client";
import { useEffect, useState } from "react";
import { evaluate, type EvalResult } from "@/lib/iam";

const DELAY_MS = 200;

/** Evaluates the scenario in the browser (lib/iam is pure), debounced while the learner types. */
export function useEvaluation(scenario: Record<string, unknown>): { result: EvalResult; pending: boolean } {
  const key = JSON.stringify(scenario);
  const [state, setState] = useState(() => ({ key, result: evaluate(scenario, { trace: true }) }));
  const pending = state.key !== key;

  useEffect(() => {
    if (!pending) return;
    const timer = window.setTimeout(() => setState({ key, result: evaluate(JSON.parse(key), { trace: true }) }), DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [key, pending]);

  return { result: state.result, pending };
}
