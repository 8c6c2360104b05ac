import type { Role } from "@/lib/generated/prisma/enums";

export type NavItem = { href: string; label: string; minimumRole?: Role; signedInOnly?: boolean };

/** Header navigation; items with a role show only to users who have it. */
export const NAV_ITEMS: NavItem[] = [
  { href: "/dashboard", label: "Dashboard", signedInOnly: true },
  { href: "/admin/users", label: "Users", minimumRole: "ADMIN" },
];
