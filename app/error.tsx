"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-lg py-16 text-center" role="alert">
      <p className="font-mono text-sm text-red-700 dark:text-red-400">500 · InternalFailure</p>
      <h1 className="mt-2 text-3xl font-bold">Something went wrong</h1>
      <p className="muted mt-3">
        Nothing you saved was lost. Try again; if it keeps happening, report the reference below.
      </p>
      {error.digest && <p className="mt-2 font-mono text-xs">Reference: {error.digest}</p>}
      <button type="button" onClick={reset} className="btn-primary mt-6">
        Try again
      </button>
    </div>
  );
}
