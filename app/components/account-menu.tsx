"use client";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { signOutAction } from "@/app/(auth)/actions";
import { useMe } from "./use-me";

/** Sign-in link, or the account menu with the user's role and a sign-out button. */
export function AccountMenu() {
  const me = useMe();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (e instanceof KeyboardEvent ? e.key === "Escape" : !ref.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  if (me === undefined) return <span className="inline-block h-9 w-20 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-800" aria-hidden />;
  if (me === null)
    return (
      <div className="flex gap-2">
        <Link href="/signin" className="btn-secondary">Sign in</Link>
        <Link href="/signup" className="btn-primary hidden sm:inline-flex">Create account</Link>
      </div>
    );
  return (
    <div className="relative" ref={ref}>
      <button
        type="button"
        className="btn-secondary"
        aria-label={`Account: ${me.name ?? me.email}`}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="max-w-40 truncate">{me.name ?? me.email}</span>
        <span aria-hidden>▾</span>
      </button>
      {open && (
        <div role="menu" aria-label="Account" className="absolute right-0 z-20 mt-2 w-64 rounded-xl border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <p className="px-3 py-2 text-sm">
            <span className="block truncate font-medium">{me.email}</span>
            <span className="muted text-xs">Role: {me.role.toLowerCase()}</span>
          </p>
          <Link role="menuitem" href="/dashboard" className="block rounded-md px-3 py-2 text-sm hover:bg-slate-100 dark:hover:bg-slate-800" onClick={() => setOpen(false)}>
            Dashboard
          </Link>
          <form
            action={async () => {
              await signOutAction();
              window.location.assign("/");
            }}
          >
            <button role="menuitem" type="submit" className="block w-full rounded-md px-3 py-2 text-left text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
              Sign out
            </button>
          </form>
        </div>
      )}
    </div>
  );
}
