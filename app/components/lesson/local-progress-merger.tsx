"use client";
import { useEffect } from "react";
import { mergeLocalProgressAction } from "@/app/lessons/actions";
import { clearLocalProgress, readLocalProgress, refreshProgress, useProgress } from "./progress-store";

let merging = false;

/**
 * After sign-in: sends the progress kept in localStorage while signed out to the account once,
 * then forgets the local copy and reloads progress. Renders nothing.
 */
export function LocalProgressMerger() {
  const progress = useProgress();
  const signedIn = progress.state === "ready" && progress.signedIn;
  useEffect(() => {
    if (!signedIn || merging) return;
    const local = readLocalProgress();
    const entries = Object.entries(local).map(([slug, p]) => ({ slug, percent: Math.round(p.percent), anchor: p.anchor, completed: p.completed }));
    if (entries.length === 0) return;
    merging = true;
    void mergeLocalProgressAction({ entries })
      .then((res) => {
        if (res.ok) {
          clearLocalProgress();
          return refreshProgress();
        }
      })
      .finally(() => {
        merging = false;
      });
  }, [signedIn]);
  return null;
}
