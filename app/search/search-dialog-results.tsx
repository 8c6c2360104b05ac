"use client";
import { SearchResults } from "./search-results";
import { useSearch } from "./use-search";

/**
 * The results of the header's search dialog. Loaded with `import()` when the dialog first opens, so
 * the result list and the search hook stay out of every page's first-load JavaScript.
 */
export function SearchDialogResults({ query, onNavigate }: { query: string; onNavigate: () => void }) {
  const { hits, status } = useSearch(query, 10);
  return <SearchResults hits={hits} status={status} query={query.trim()} onNavigate={onNavigate} />;
}

export { preloadSearch } from "./use-search";
