"use client";
import { useRef, useState } from "react";
import { initialDraft } from "./question-input";
import type { Draft, RunnerQuestion, SavedAnswer } from "./types";

const replace = <T,>(list: T[], i: number, value: T): T[] => list.map((x, j) => (j === i ? value : x));

/** Per-question drafts, certainty, unsaved changes, practice retries and server messages. */
export function useAttemptDrafts(questions: RunnerQuestion[], initial: SavedAnswer[]) {
  const [drafts, setDrafts] = useState(() => questions.map((q, i) => initialDraft(q, initial[i]?.response)));
  const [certainties, setCertainties] = useState(() => initial.map((s) => s.certainty));
  const [dirty, setDirty] = useState(() => questions.map(() => false));
  const [retrying, setRetrying] = useState(() => questions.map(() => false));
  const [errors, setErrors] = useState<(string | null)[]>(() => questions.map(() => null));
  return {
    drafts,
    certainties,
    dirty,
    retrying,
    errors,
    change(i: number, draft: Draft) {
      setDrafts((d) => replace(d, i, draft));
      setDirty((d) => replace(d, i, true));
      setErrors((e) => replace(e, i, null));
    },
    setCertainty(i: number, level: 1 | 2 | 3) {
      setCertainties((c) => replace(c, i, level));
      setDirty((d) => replace(d, i, true));
      setErrors((e) => replace(e, i, null));
    },
    retry: (i: number) => setRetrying((r) => replace(r, i, true)),
    setError: (i: number, message: string | null) => setErrors((e) => replace(e, i, message)),
    markSaved(i: number) {
      setDirty((d) => replace(d, i, false));
      setRetrying((r) => replace(r, i, false));
      setErrors((e) => replace(e, i, null));
    },
  };
}

/**
 * Time spent per question: the visible question accrues time; `take(i)` returns (and clears) what
 * question `i` accrued since its last save, `giveBack` restores it when a save fails.
 */
export function useTimeSpent(count: number, first: number) {
  const visit = useRef({ index: first, since: Date.now() });
  const unsent = useRef<number[]>(Array.from({ length: count }, () => 0));
  const settle = () => {
    const now = Date.now();
    const { index, since } = visit.current;
    unsent.current[index] = (unsent.current[index] ?? 0) + now - since;
    visit.current.since = now;
  };
  return {
    take(i: number): number {
      settle();
      const t = Math.min(unsent.current[i] ?? 0, 86_400_000);
      unsent.current[i] = 0;
      return t;
    },
    giveBack(i: number, ms: number) {
      unsent.current[i] = (unsent.current[i] ?? 0) + ms;
    },
    moveTo(i: number) {
      settle();
      visit.current = { index: i, since: Date.now() };
    },
  };
}

export { replace };
