"use client";
import { useActiveAnchor } from "./use-active-anchor";

export interface TocHeading {
  anchor: string;
  text: string;
  depth: number;
}

/** "On this page": links to the sections, the one being read marked with aria-current. */
export function TableOfContents({ headings, anchors }: { headings: TocHeading[]; anchors: string[] }) {
  const active = useActiveAnchor(anchors);
  return (
    <ul className="space-y-1 text-sm">
      {headings.map((h) => {
        const on = h.anchor === active;
        return (
          <li key={h.anchor} className={h.depth === 3 ? "pl-3" : ""}>
            <a
              href={`#${h.anchor}`}
              aria-current={on ? "location" : undefined}
              className={`block border-l-2 py-1 pl-3 ${
                on
                  ? "border-brand-600 font-semibold text-brand-800 dark:border-brand-300 dark:text-brand-200"
                  : "border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white"
              }`}
            >
              {h.text}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
