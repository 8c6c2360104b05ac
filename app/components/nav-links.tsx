"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { NAV_ITEMS } from "./nav-items";
import { useMe } from "./use-me";

const rank = { LEARNER: 0, INSTRUCTOR: 1, ADMIN: 2 } as const;

/** Primary navigation with the current page marked for assistive technology. */
export function NavLinks() {
  const pathname = usePathname();
  const me = useMe();
  const items = NAV_ITEMS.filter((item) => {
    if (item.minimumRole) return me ? rank[me.role] >= rank[item.minimumRole] : false;
    if (item.signedInOnly) return Boolean(me);
    return true;
  });
  return (
    <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`rounded-md px-3 py-1.5 text-sm font-medium ${
                  active
                    ? "bg-brand-50 text-brand-800 dark:bg-brand-950 dark:text-brand-200"
                    : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
