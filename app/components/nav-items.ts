import type { Role } from "@/lib/generated/prisma/enums";

export type NavItem = { href: string; label: string; minimumRole?: Role; signedInOnly?: boolean };

/** Header navigation; items with a role show only to users who have it. */
export const NAV_ITEMS: NavItem[] = [
  { href: "/lessons", label: "Lessons" },
  { href: "/quizzes", label: "Quizzes" },
  { href: "/sandbox", label: "Sandbox" },
  { href: "/review", label: "Review", signedInOnly: true },
  { href: "/dashboard", label: "Dashboard", signedInOnly: true },
  { href: "/instructor/reports", label: "Instructor", minimumRole: "INSTRUCTOR" },
  { href: "/admin/users", label: "Users", minimumRole: "ADMIN" },
];
