import Link from "next/link";
import { InlineMarkdown } from "./inline-markdown";

/** The objectives box at the top of a lesson, from its frontmatter. */
export function Objectives({ objectives, prerequisites }: { objectives: string[]; prerequisites: { slug: string; title: string }[] }) {
  return (
    <section aria-labelledby="objectives-heading" className="mt-6 rounded-xl border border-brand-200 bg-brand-50 p-5 dark:border-brand-900 dark:bg-brand-950/40">
      <h2 id="objectives-heading" className="text-base font-semibold text-brand-900 dark:text-brand-100">
        After this lesson you can
      </h2>
      <ul className="mt-2 space-y-1.5">
        {objectives.map((o) => (
          <li key={o} className="flex gap-2">
            <span aria-hidden className="text-brand-700 dark:text-brand-300">✓</span>
            <InlineMarkdown text={o} />
          </li>
        ))}
      </ul>
      {prerequisites.length > 0 ? (
        <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
          Builds on:{" "}
          {prerequisites.map((p, i) => (
            <span key={p.slug}>
              {i > 0 ? ", " : ""}
              <Link href={`/lessons/${p.slug}`} className="font-medium text-brand-800 underline dark:text-brand-200">
                {p.title}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}
