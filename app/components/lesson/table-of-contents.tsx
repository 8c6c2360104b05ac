"use client";
import { useActiveAnchor } from "./use-active-anchor";
import "./lesson-ui.css";

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
              className={on ? "lx-toc lx-toc-on" : "lx-toc lx-toc-off"}
            >
              {h.text}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
