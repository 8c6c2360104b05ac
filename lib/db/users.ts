import "server-only";
import { db } from "./client";
import type { Role } from "../generated/prisma/enums";

export type { Role };

/** What a page needs to know about the signed-in user, re-read on every request. */
export type UserAuthState = { id: string; email: string; name: string | null; role: Role; disabled: boolean };

const authStateSelect = { id: true, email: true, name: true, role: true, disabled: true } as const;

/** Reads a user's current role and disabled flag (the JWT may be stale). */
export function getUserAuthState(userId: string): Promise<UserAuthState | null> {
  return db().user.findUnique({ where: { id: userId }, select: authStateSelect });
}

/** The row a credentials sign-in checks. */
export function findUserForSignIn(email: string) {
  return db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, disabled: true, passwordHash: true },
  });
}

/**
 * Creates a credentials account. The first account on a database without an admin, or the
 * account whose email is ADMIN_EMAIL, becomes ADMIN. Serialized so two first sign-ups cannot both
 * become admin. Returns null when the email is taken.
 */
export async function createUserWithPassword(input: {
  email: string;
  name: string;
  passwordHash: string;
  adminEmail?: string;
}): Promise<UserAuthState | null> {
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(4242001)`;
      const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (taken) return null;
      const admins = await tx.user.count({ where: { role: "ADMIN" } });
      const role: Role = admins === 0 || input.email === input.adminEmail ? "ADMIN" : "LEARNER";
      return tx.user.create({
        data: { email: input.email, name: input.name, passwordHash: input.passwordHash, role },
        select: authStateSelect,
      });
    },
  );
}

/** Gives ADMIN to a user created through OIDC when the rules above say so. */
export async function applyFirstAdminRule(userId: string, email: string | null | undefined, adminEmail?: string) {
  await db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(4242001)`;
    const admins = await tx.user.count({ where: { role: "ADMIN", id: { not: userId } } });
    if (admins === 0 || (email && email === adminEmail)) {
      await tx.user.update({ where: { id: userId }, data: { role: "ADMIN" } });
    }
  });
}

export type UserListItem = UserAuthState & { createdAt: Date };

/** Lists users for the admin page, newest first, optionally filtered by email or name. */
export async function listUsers(query: string, page: number, pageSize = 25) {
  const where = query
    ? { OR: [{ email: { contains: query, mode: "insensitive" as const } }, { name: { contains: query, mode: "insensitive" as const } }] }
    : {};
  const [users, total] = await db().$transaction([
    db().user.findMany({
      where,
      select: { ...authStateSelect, createdAt: true },
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db().user.count({ where }),
  ]);
  return { users, total, pageSize };
}

/**
 * Changes a user's role or disabled flag. Refuses to leave the database without an active admin.
 * Returns an error message for expected failures.
 */
export async function updateUserAccess(
  targetId: string,
  change: { role?: Role; disabled?: boolean },
): Promise<{ ok: true } | { ok: false; message: string }> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(4242001)`;
    const target = await tx.user.findUnique({ where: { id: targetId }, select: { role: true, disabled: true } });
    if (!target) return { ok: false as const, message: "That user no longer exists" };
    const losesAdmin =
      target.role === "ADMIN" && !target.disabled && ((change.role && change.role !== "ADMIN") || change.disabled === true);
    if (losesAdmin) {
      const others = await tx.user.count({ where: { role: "ADMIN", disabled: false, id: { not: targetId } } });
      if (others === 0) return { ok: false as const, message: "Keep at least one active admin: promote someone else first" };
    }
    await tx.user.update({ where: { id: targetId }, data: change });
    return { ok: true as const };
  });
}
