import Link from "next/link";
import { NavLinks } from "./nav-links";
import { AccountMenu } from "./account-menu";
import { ThemeToggle } from "./theme-toggle";
import { SearchLauncher } from "@/app/search/search-launcher";

/** The site header. Static: the signed-in parts load on the client from /api/me. */
export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold tracking-tight">
          <span aria-hidden className="grid size-8 place-items-center rounded-lg bg-brand-700 font-mono text-sm text-white dark:bg-brand-500 dark:text-slate-950">
            P
          </span>
          Principal
        </Link>
        <NavLinks />
        <div className="ml-auto flex items-center gap-2">
          <SearchLauncher />
          <ThemeToggle />
          <AccountMenu />
        </div>
      </div>
    </header>
  );
}
