import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { readSessionClaims } from "./session-token";
import { getUserAuthState, type Role, type UserAuthState } from "@/lib/db/users";

/**
 * The signed-in user, or null. Reads the session JWT (lib/auth/session-token.ts), then re-reads role and disabled flag from the
 * database once per request, so a demotion or a disabled account takes effect at once.
 */
export const getCurrentUser = cache(async (): Promise<UserAuthState | null> => {
  const claims = await readSessionClaims();
  if (!claims) return null;
  const user = await getUserAuthState(claims.userId);
  if (!user || user.disabled) return null;
  return user;
});

/** The signed-in user; redirects to /signin (with a way back) when there is none. */
export async function requireUser(returnTo?: string): Promise<UserAuthState> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/signin?callbackUrl=${encodeURIComponent(returnTo)}` : "/signin");
  return user;
}

const rank: Record<Role, number> = { LEARNER: 0, INSTRUCTOR: 1, ADMIN: 2 };

/** True when `role` is at least `minimum` (ADMIN ⊇ INSTRUCTOR ⊇ LEARNER). */
export function hasRole(role: Role, minimum: Role): boolean {
  return rank[role] >= rank[minimum];
}

/** The signed-in user with at least `minimum`; 403 otherwise. */
export async function requireRole(minimum: Role, returnTo?: string): Promise<UserAuthState> {
  const user = await requireUser(returnTo);
  if (!hasRole(user.role, minimum)) forbidden();
  return user;
}
