"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { readScenario } from "./import-scenario";
import { toScenario, type SandboxState } from "./model";
import { dropOpenParam, keepScenario, PLAIN_EDITOR_KEY, readKeptScenario } from "./persist";

/** A saved scenario opened from the list (`?open=`), or why it could not be. */
export type OpenedScenario = { name: string; scenario: string } | { error: string };

/**
 * The workbench's scenario: starts from the opened scenario, else the URL hash, else the last one
 * kept in localStorage (whichever is newer, see readKeptScenario), else the first example; every
 * change is kept in the hash and localStorage.
 */
export function useSandboxState(fallback: SandboxState, opened: OpenedScenario | undefined) {
  const [state, setState] = useState(fallback);
  const [loadId, setLoadId] = useState(0);
  const [notice, setNotice] = useState("");
  const [ready, setReady] = useState(false);
  const [plain, setPlainState] = useState(false);

  /** Replaces the whole scenario (an example, an import, a saved one). */
  const load = useCallback((next: SandboxState, message: string) => {
    setState(next);
    setLoadId((n) => n + 1);
    setNotice(message);
  }, []);

  const update = useCallback((fn: (s: SandboxState) => SandboxState) => setState(fn), []);

  useEffect(() => {
    try {
      setPlainState(window.localStorage.getItem(PLAIN_EDITOR_KEY) === "1");
    } catch {
      // storage disabled: CodeMirror editors
    }
    let message = "";
    let next: SandboxState | undefined;
    if (opened && "error" in opened) message = opened.error;
    else if (opened) {
      const read = readScenario(safeParse(opened.scenario));
      if (read.ok) [next, message] = [read.state, `Opened “${opened.name}”.`];
      else message = `“${opened.name}” could not be opened: ${read.errors[0]?.path}: ${read.errors[0]?.message}`;
    }
    if (!next) {
      for (const candidate of readKeptScenario()) {
        const read = candidate === undefined ? undefined : readScenario(candidate);
        if (read?.ok) {
          next = read.state;
          break;
        }
      }
    }
    dropOpenParam();
    if (next) load(next, message);
    else if (message) setNotice(message);
    setReady(true);
    // Runs once on mount: the opened scenario comes with the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const scenario = useMemo(() => toScenario(state), [state]);
  const key = JSON.stringify(scenario);
  const unsaved = useRef<string | null>(null);
  useEffect(() => {
    if (!ready) return;
    unsaved.current = key;
    const timer = window.setTimeout(() => {
      keepScenario(JSON.parse(key));
      unsaved.current = null;
    }, 250);
    return () => window.clearTimeout(timer);
  }, [key, ready]);
  useEffect(() => {
    // A reload or a closed tab right after an edit still keeps it.
    const flush = () => {
      if (unsaved.current !== null) keepScenario(JSON.parse(unsaved.current));
      unsaved.current = null;
    };
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, []);

  const setPlain = useCallback((value: boolean) => {
    setPlainState(value);
    try {
      window.localStorage.setItem(PLAIN_EDITOR_KEY, value ? "1" : "0");
    } catch {
      // not kept
    }
  }, []);

  return { state, scenario, update, load, loadId, notice, setNotice, ready, plain, setPlain };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
