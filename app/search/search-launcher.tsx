"use client";
import { useEffect, useRef, useState } from "react";
import { SearchIcon } from "@/app/components/iam/icons";

type Results = typeof import("./search-dialog-results");
let results: Promise<Results> | undefined;
/** The result list, the search hook and (through them) the index load on first use. */
const loadResults = (): Promise<Results> =>
  (results ??= import("./search-dialog-results").catch((err: unknown) => {
    results = undefined;
    throw err;
  }));
/** Starts loading the index early, as soon as the dialog opens. */
const preloadSearch = () => void loadResults().then((m) => m.preloadSearch()).catch(() => undefined);

function typingInField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
}

/**
 * A "Search" button and a modal search dialog, opened with `/` or Ctrl/Cmd-K as well. Meant for
 * the site header; the index loads on first use.
 */
export function SearchLauncher() {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [Results, setResults] = useState<Results["SearchDialogResults"] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!open || Results) return;
    let live = true;
    loadResults().then(
      (m) => live && setResults(() => m.SearchDialogResults),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [open, Results]);

  function show() {
    preloadSearch();
    if (!dialog.current?.open) dialog.current?.showModal();
    input.current?.focus();
    setOpen(true);
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = e.key.toLowerCase();
      if ((k === "k" && (e.metaKey || e.ctrlKey)) || (e.key === "/" && !e.metaKey && !e.ctrlKey && !e.altKey && !typingInField(e.target))) {
        e.preventDefault();
        preloadSearch();
        if (!dialog.current?.open) dialog.current?.showModal();
        input.current?.focus();
        setOpen(true);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <>
      <button type="button" className="btn-secondary gap-3" onClick={show} aria-keyshortcuts="/ Control+K Meta+K">
        <SearchIcon /> Search
        <kbd className="hidden rounded border border-slate-300 px-1.5 font-mono text-xs text-slate-600 sm:inline dark:border-slate-600 dark:text-slate-300">/</kbd>
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="search-dialog-title"
        onClose={() => {
          setOpen(false);
          setFailed(false);
        }}
        className="m-auto mt-[10vh] w-[min(40rem,calc(100vw-1.5rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <div className="p-4">
          <div className="mb-3 flex items-center justify-between gap-2">
            <h2 id="search-dialog-title" className="text-lg font-semibold">Search lessons and glossary</h2>
            <button type="button" className="btn-secondary px-2.5 py-1" onClick={() => dialog.current?.close()} aria-label="Close search">
              ✕
            </button>
          </div>
          <form role="search" method="dialog" onSubmit={(e) => e.preventDefault()}>
            <label htmlFor="search-dialog-q" className="sr-only">Search</label>
            <input ref={input} id="search-dialog-q" type="search" className="input text-base" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search…" autoComplete="off" />
          </form>
          <div className="mt-3 max-h-[55vh] overflow-y-auto">
            {Results ? (
              <Results query={open ? query : ""} onNavigate={() => dialog.current?.close()} />
            ) : (
              // Until the results module has loaded: what SearchResults shows for this state.
              <div>
                <p role="status" className="muted mb-2 text-sm">
                  {!open || !query.trim() ? "" : failed ? "Search is unavailable right now." : "Searching…"}
                </p>
              </div>
            )}
          </div>
        </div>
      </dialog>
    </>
  );
}
