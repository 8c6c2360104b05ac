import type { Metadata } from "next";
import { Suspense } from "react";
import "@/app/components/lesson/lesson.css";
import { SearchPageClient } from "./search-page-client";

export const metadata: Metadata = { title: "Search", description: "Search the lessons and the glossary." };

export default function SearchPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Search</h1>
      <p className="muted">
        Search every lesson section and the glossary. Press <kbd className="rounded border border-slate-300 px-1 font-mono text-xs dark:border-slate-600">/</kbd> on a lesson
        page to search from anywhere.
      </p>
      <Suspense fallback={<p className="muted">Loading search…</p>}>
        <SearchPageClient />
      </Suspense>
    </div>
  );
}
