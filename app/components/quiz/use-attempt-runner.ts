"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { saveAnswerAction, submitAttemptAction } from "@/app/attempts/actions";
import { isComplete } from "./question-input";
import type { RunnerMeta, RunnerQuestion, SavedAnswer } from "./types";
import { replace, useAttemptDrafts, useTimeSpent } from "./use-attempt-drafts";

type Failure = { ok: false; message: string; fieldErrors?: Record<string, string[]> };
type Busy = "save" | "flag" | "submit" | null;

function verdictText(feedback: SavedAnswer["feedback"], i: number): string {
  if (!feedback) return `Answer to question ${i + 1} saved.`;
  return `${feedback.correct ? "Correct" : feedback.score > 0 ? "Partly right" : "Not quite"}. The feedback follows the question.`;
}

/**
 * State of the take page: drafts, saved answers, time spent (sent with the next save), saving,
 * flagging, navigation (exam mode saves a changed answer before moving on) and submission. A
 * refusal because the attempt ended refreshes the page, which then shows the results.
 */
export function useAttemptRunner(meta: RunnerMeta, questions: RunnerQuestion[], initial: SavedAnswer[]) {
  const router = useRouter();
  const practice = meta.mode === "PRACTICE";
  const [current, setCurrent] = useState(() => Math.max(0, initial.findIndex((s) => !s.answered)));
  const [saved, setSaved] = useState(initial);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState<Busy>(null);
  // Controls stay disabled until hydrated, so nothing clicked or typed before that is lost.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const d = useAttemptDrafts(questions, initial);
  const time = useTimeSpent(questions.length, current);

  const fail = (i: number, r: Failure, spent: number) => {
    time.giveBack(i, spent);
    setStatus(`Not saved: ${r.message}`);
    if (r.fieldErrors?.attempt) router.refresh();
    else d.setError(i, r.message);
  };

  const save = async (i: number): Promise<boolean> => {
    const draft = d.drafts[i];
    const certainty = d.certainties[i] ?? null;
    if (!questions[i] || !isComplete(questions[i], draft)) return false;
    if (meta.certainty && certainty === null) return (d.setError(i, "Choose how sure you are first."), false);
    setBusy("save");
    const timeSpentMs = time.take(i);
    const r = await saveAnswerAction({ attemptId: meta.id, answer: { position: i, response: draft, timeSpentMs, ...(meta.certainty ? { certainty } : {}) } });
    setBusy(null);
    if (!r.ok) return (fail(i, r, timeSpentMs), false);
    const feedback = r.data.feedback;
    setSaved((s) => replace(s, i, { ...s[i]!, response: draft, answered: true, certainty, feedback }));
    d.markSaved(i);
    setStatus(verdictText(feedback, i));
    return true;
  };

  const toggleFlag = async (i: number) => {
    const flagged = !saved[i]?.flagged;
    setBusy("flag");
    const timeSpentMs = time.take(i);
    const r = await saveAnswerAction({ attemptId: meta.id, answer: { position: i, flagged, timeSpentMs } });
    setBusy(null);
    if (!r.ok) return fail(i, r, timeSpentMs);
    setSaved((s) => replace(s, i, { ...s[i]!, flagged }));
    setStatus(flagged ? `Question ${i + 1} flagged for review.` : `Flag removed from question ${i + 1}.`);
  };

  const goTo = async (i: number) => {
    if (i < 0 || i >= questions.length || i === current) return;
    if (!practice && d.dirty[current]) await save(current);
    time.moveTo(i);
    setCurrent(i);
  };

  const submit = async () => {
    if (!practice && d.dirty[current]) await save(current);
    setBusy("submit");
    setStatus("Submitting your answers…");
    const r = await submitAttemptAction({ attemptId: meta.id });
    if (r.ok) return router.push(r.data.url);
    setBusy(null);
    setStatus(`Not submitted: ${r.message}`);
    if (r.fieldErrors?.attempt) router.refresh();
  };
  const submitRef = useRef(submit);
  useEffect(() => {
    submitRef.current = submit;
  });
  const expire = useCallback(() => void submitRef.current(), []);

  return { ...d, ready, current, saved, status, busy, save, toggleFlag, goTo, submit, expire };
}

/** The state and operations of the take page. */
export type AttemptRunnerState = ReturnType<typeof useAttemptRunner>;
