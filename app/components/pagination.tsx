import Link from "next/link";

/** Previous/next links for a paged list; renders nothing for a single page. */
export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pagination" className="flex gap-2">
      {page > 1 && (
        <Link className="btn-secondary" href={href(page - 1)}>
          Previous
        </Link>
      )}
      <span className="muted self-center text-sm">
        Page {page} of {pages}
      </span>
      {page < pages && (
        <Link className="btn-secondary" href={href(page + 1)}>
          Next
        </Link>
      )}
    </nav>
  );
}
