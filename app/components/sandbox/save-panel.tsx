"use client";
import Link from "next/link";
import { useState, useTransition } from "react";
import { saveSandboxScenarioAction } from "@/app/sandbox/actions";

/** "Save" for signed-in learners; signed out, a link to sign in and come back. */
export function SavePanel({ signedIn, scenarioJson, defaultName }: { signedIn: boolean; scenarioJson: string; defaultName: string }) {
  const [name, setName] = useState(defaultName);
  const [lastDefault, setLastDefault] = useState(defaultName);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  if (defaultName !== lastDefault) {
    // A new scenario was loaded: offer its name.
    setLastDefault(defaultName);
    setName(defaultName);
  }

  if (!signedIn) {
    return (
      <p className="text-sm">
        <Link href="/signin?callbackUrl=%2Fsandbox" className="btn-secondary px-3 py-1.5">
          Sign in to save
        </Link>
        <span className="muted ml-2">Your scenario stays in this browser meanwhile.</span>
      </p>
    );
  }

  function save(e: React.FormEvent) {
    e.preventDefault();
    setStatus(null);
    startTransition(async () => {
      const result = await saveSandboxScenarioAction({ name, scenario: scenarioJson });
      setStatus(result.ok ? { ok: true, text: result.message ?? "Saved" } : { ok: false, text: result.fieldErrors?.name?.[0] ?? result.fieldErrors?.scenario?.[0] ?? result.message });
    });
  }

  return (
    <form onSubmit={save} className="flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1 sm:max-w-xs">
        <label className="label" htmlFor="save-name">
          Scenario name
        </label>
        <input id="save-name" className="input" value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required autoComplete="off" />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </button>
      <p role="status" className={`w-full text-sm ${status?.ok === false ? "text-red-800 dark:text-red-300" : "text-emerald-800 dark:text-emerald-300"}`}>
        {status ? (
          <>
            <span aria-hidden>{status.ok ? "✓ " : "✖ "}</span>
            {status.text}
          </>
        ) : null}
      </p>
    </form>
  );
}
