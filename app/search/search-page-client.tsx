"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { SearchResults } from "./search-results";
import { preloadSearch, useSearch } from "./use-search";

/** The search box of /search; the query is kept in `?q=` so results can be linked. */
export function SearchPageClient() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const [query, setQuery] = useState(params.get("q") ?? "");
  const { hits, status } = useSearch(query, 50);

  useEffect(() => {
    const timer = window.setTimeout(() => {
      const q = query.trim();
      router.replace(q ? `${pathname}?q=${encodeURIComponent(q)}` : pathname, { scroll: false });
    }, 400);
    return () => window.clearTimeout(timer);
  }, [query, pathname, router]);

  return (
    <div className="space-y-4">
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-page-q" className="label">
          Search lessons and glossary
        </label>
        <input id="search-page-q" type="search" className="input text-base" value={query} onChange={(e) => setQuery(e.target.value)} onFocus={preloadSearch} placeholder="e.g. PassRole, external ID, boundary" autoComplete="off" />
      </form>
      <SearchResults hits={hits} status={status} query={query.trim()} />
    </div>
  );
}
