"use client";
import { useSyncExternalStore } from "react";

/**
 * Lesson progress in the browser: the signed-in reader's progress from /api/lessons/progress, or,
 * signed out, what is kept in localStorage. One shared snapshot; islands subscribe to it.
 */

/** One lesson's progress. */
export interface LessonProgress {
  percent: number;
  anchor: string | null;
  completed: boolean;
}

/** The store's snapshot. */
export type ProgressSnapshot = { state: "loading" } | { state: "ready"; signedIn: boolean; lessons: Record<string, LessonProgress> };

const KEY = "principal:lesson-progress";
const LOADING: ProgressSnapshot = { state: "loading" };
let snapshot: ProgressSnapshot = LOADING;
let started = false;
const listeners = new Set<() => void>();

function emit(next: ProgressSnapshot) {
  snapshot = next;
  for (const l of listeners) l();
}

/** Progress kept in localStorage (signed-out reading). */
export function readLocalProgress(): Record<string, LessonProgress> {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? "{}") as unknown;
    return raw && typeof raw === "object" ? (raw as Record<string, LessonProgress>) : {};
  } catch {
    return {};
  }
}

/** Forgets local progress (after it was merged into the account). */
export function clearLocalProgress() {
  localStorage.removeItem(KEY);
}

function merge(prev: LessonProgress | undefined, update: Partial<LessonProgress>): LessonProgress {
  return {
    percent: Math.max(prev?.percent ?? 0, update.completed ? 100 : (update.percent ?? 0)),
    anchor: update.anchor !== undefined ? update.anchor : (prev?.anchor ?? null),
    completed: Boolean(prev?.completed || update.completed),
  };
}

type ApiBody = { signedIn: boolean; lessons: { slug: string; status: string; percent: number; lastAnchor: string | null }[] };

/** (Re)loads progress: from the server when signed in, else from localStorage. */
export async function refreshProgress(): Promise<void> {
  started = true;
  try {
    const res = await fetch("/api/lessons/progress", { cache: "no-store" });
    const body = (await res.json()) as ApiBody;
    if (body.signedIn) {
      const lessons: Record<string, LessonProgress> = {};
      for (const l of body.lessons) {
        if (l.status !== "NOT_STARTED") lessons[l.slug] = { percent: l.percent, anchor: l.lastAnchor, completed: l.status === "COMPLETED" };
      }
      emit({ state: "ready", signedIn: true, lessons });
      return;
    }
  } catch {
    // offline or server error: fall back to the local copy
  }
  emit({ state: "ready", signedIn: false, lessons: readLocalProgress() });
}

/**
 * Records progress in the snapshot at once; signed out, also in localStorage. Signed-in saving
 * goes through the server actions (the caller sends them).
 */
export function updateProgress(slug: string, update: Partial<LessonProgress>) {
  const current = snapshot.state === "ready" ? snapshot : { state: "ready" as const, signedIn: false, lessons: readLocalProgress() };
  const next = merge(current.lessons[slug], update);
  if (!current.signedIn) {
    const local = readLocalProgress();
    local[slug] = merge(local[slug], update);
    localStorage.setItem(KEY, JSON.stringify(local));
  }
  emit({ ...current, lessons: { ...current.lessons, [slug]: next } });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!started) void refreshProgress();
  return () => listeners.delete(listener);
}

/** The progress snapshot (loading on the server and until the first fetch resolves). */
export function useProgress(): ProgressSnapshot {
  return useSyncExternalStore(subscribe, () => snapshot, () => LOADING);
}
