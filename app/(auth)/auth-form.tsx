"use client";
import { useActionState, useEffect } from "react";
import type { ActionResult } from "@/lib/actions/authed-action";

type Field = { name: string; label: string; type: string; autoComplete: string };
type Action = (prev: unknown, form: FormData) => Promise<ActionResult<{ redirectTo: string }>>;

/** A credentials form: labelled fields, inline errors, a live status region, busy state. */
export function AuthForm(props: { action: Action; fields: Field[]; submitLabel: string; callbackUrl?: string }) {
  const [state, formAction, pending] = useActionState(props.action, null);
  useEffect(() => {
    // A full load so every client island sees the new session.
    if (state?.ok) window.location.assign(state.data.redirectTo);
  }, [state]);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {props.callbackUrl && <input type="hidden" name="callbackUrl" value={props.callbackUrl} />}
      {props.fields.map((f) => {
        const error = errors[f.name]?.[0];
        return (
          <div key={f.name}>
            <label htmlFor={f.name} className="label">
              {f.label}
            </label>
            <input
              id={f.name}
              name={f.name}
              type={f.type}
              autoComplete={f.autoComplete}
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${f.name}-error` : undefined}
              className="input"
            />
            {error && (
              <p id={`${f.name}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <div role="status" aria-live="polite" className="min-h-5 text-sm">
        {state && !state.ok && <p className="font-medium text-red-700 dark:text-red-400">{state.message}</p>}
        {state?.ok && <p className="text-emerald-700 dark:text-emerald-400">{state.message ?? "Signed in. Redirecting…"}</p>}
      </div>
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "Please wait…" : props.submitLabel}
      </button>
    </form>
  );
}
