"use client";
import Link from "next/link";
import type { SearchHit } from "@/lib/content/search-index";

/** A list of search results (lesson sections and glossary terms). */
export function SearchResults({ hits, status, query, id, onNavigate }: { hits: SearchHit[]; status: string; query: string; id?: string; onNavigate?: () => void }) {
  return (
    <div id={id}>
      <p role="status" className="muted mb-2 text-sm">
        {status === "loading" ? "Searching…" : status === "error" ? "Search is unavailable right now." : status === "ready" ? (hits.length === 0 ? `No results for “${query}”.` : `${hits.length} result${hits.length === 1 ? "" : "s"}`) : ""}
      </p>
      {hits.length > 0 ? (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800">
          {hits.map((h) => (
            <li key={h.id}>
              <Link href={h.url} onClick={onNavigate} className="block rounded-md px-2 py-3 hover:bg-slate-50 focus-visible:bg-slate-50 dark:hover:bg-slate-800 dark:focus-visible:bg-slate-800">
                <span className="flex flex-wrap items-baseline gap-2">
                  <span className="font-semibold text-brand-800 dark:text-brand-200">{h.title}</span>
                  <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">{h.kind === "term" ? "Glossary" : "Lesson"}</span>
                </span>
                {h.kind === "section" && h.title !== h.lesson ? <span className="muted block text-xs">{h.lesson}</span> : null}
                <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">{h.excerpt}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
