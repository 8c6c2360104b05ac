"use client";
import { useEffect, useRef, useState } from "react";
import { SearchIcon } from "@/app/components/iam/icons";
import { SearchResults } from "./search-results";
import { preloadSearch, useSearch } from "./use-search";

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
  const { hits, status } = useSearch(open ? query : "", 10);

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
        onClose={() => setOpen(false)}
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
            <SearchResults hits={hits} status={status} query={query.trim()} onNavigate={() => dialog.current?.close()} />
          </div>
        </div>
      </dialog>
    </>
  );
}
