"use client";
import { useState } from "react";
import { CopyIcon } from "./icons";

/** Copies `text` to the clipboard and says so (politely) to screen readers. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
    window.setTimeout(() => setStatus("idle"), 2500);
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className="btn-secondary px-2.5 py-1 text-xs" onClick={() => void copy()}>
        <CopyIcon /> {label}
      </button>
      <span role="status" className="text-xs text-slate-700 dark:text-slate-300">
        {status === "copied" ? "Copied" : status === "failed" ? "Copy failed: select the text instead" : ""}
      </span>
    </span>
  );
}
