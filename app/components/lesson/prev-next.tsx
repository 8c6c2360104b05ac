import Link from "next/link";

type Item = { slug: string; title: string } | undefined;

/** Previous and next lesson links. */
export function PrevNext({ prev, next }: { prev: Item; next: Item }) {
  const cls = "card block flex-1 hover:border-brand-400 dark:hover:border-brand-600";
  return (
    <nav aria-label="Previous and next lesson" className="mt-10 flex flex-col gap-4 sm:flex-row">
      {prev ? (
        <Link href={`/lessons/${prev.slug}`} className={cls} rel="prev">
          <span className="muted block text-xs">← Previous lesson</span>
          <span className="font-semibold">{prev.title}</span>
        </Link>
      ) : (
        <span className="flex-1" />
      )}
      {next ? (
        <Link href={`/lessons/${next.slug}`} className={`${cls} sm:text-right`} rel="next">
          <span className="muted block text-xs">Next lesson →</span>
          <span className="font-semibold">{next.title}</span>
        </Link>
      ) : (
        <span className="flex-1" />
      )}
    </nav>
  );
}
