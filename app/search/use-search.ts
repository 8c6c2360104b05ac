"use client";
import type MiniSearch from "minisearch";
import { useEffect, useState } from "react";
import type { SearchHit, SerializedSearchIndex } from "@/lib/content/search-index";

let loading: Promise<MiniSearch> | undefined;

/** Loads MiniSearch and the static index once, on first use. */
function loadIndex(): Promise<MiniSearch> {
  loading ??= Promise.all([import("minisearch"), fetch("/search/index.json").then((r) => r.json() as Promise<SerializedSearchIndex>)])
    .then(([{ default: Mini }, body]) => Mini.loadJS(body.index as Parameters<typeof Mini.loadJS>[0], body.options))
    .catch((err: unknown) => {
      loading = undefined;
      throw err;
    });
  return loading;
}

/** Search state for a query: results (at most `limit`), or loading / error. */
export function useSearch(query: string, limit = 20): { hits: SearchHit[]; status: "idle" | "loading" | "ready" | "error" } {
  const [state, setState] = useState<{ q: string; hits: SearchHit[]; status: "idle" | "loading" | "ready" | "error" }>({ q: "", hits: [], status: "idle" });
  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    let live = true;
    loadIndex().then(
      (index) => {
        if (!live) return;
        const hits = index.search(q).slice(0, limit) as unknown as SearchHit[];
        setState({ q, hits, status: "ready" });
      },
      () => live && setState({ q, hits: [], status: "error" }),
    );
    return () => {
      live = false;
    };
  }, [query, limit]);
  const q = query.trim();
  if (!q) return { hits: [], status: "idle" };
  if (state.q !== q) return { hits: state.hits, status: "loading" };
  return { hits: state.hits, status: state.status };
}

/** Starts loading the index early (e.g. when the search box gets focus). */
export function preloadSearch() {
  void loadIndex().catch(() => undefined);
}
