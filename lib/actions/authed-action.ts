import "server-only";
import { z } from "zod";
import { getCurrentUser, hasRole } from "@/lib/auth/session";
import type { Role, UserAuthState } from "@/lib/db/users";

/** What every server action returns; forms read it with useActionState. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** Converts FormData to a plain object (repeated keys become arrays). */
export function formDataToObject(input: FormData | Record<string, unknown>): Record<string, unknown> {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, unknown> = {};
  for (const [key, value] of input.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...(prev as unknown[]), value] : [prev, value];
  }
  return out;
}

/**
 * Wraps a server action: session → role check → zod parse → fn({user, input}). Each action is a
 * public endpoint: it never trusts the caller. Usable directly or as a useActionState reducer.
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  fn: (args: { user: UserAuthState; input: z.infer<S> }) => Promise<ActionResult<T>>,
  options: { role?: Role } = {},
) {
  return async (...args: [unknown, (FormData | Record<string, unknown>)?] | [FormData | Record<string, unknown>]) => {
    const raw = (args.length === 2 ? args[1] : args[0]) as FormData | Record<string, unknown>;
    const user = await getCurrentUser();
    if (!user) return { ok: false, message: "Sign in to do that" } satisfies ActionResult<T>;
    if (options.role && !hasRole(user.role, options.role)) {
      return { ok: false, message: "You do not have permission to do that" } satisfies ActionResult<T>;
    }
    const parsed = schema.safeParse(formDataToObject(raw));
    if (!parsed.success) {
      const flat = z.flattenError(parsed.error);
      return {
        ok: false,
        message: flat.formErrors[0] ?? "Some fields need attention",
        fieldErrors: flat.fieldErrors as Record<string, string[]>,
      } satisfies ActionResult<T>;
    }
    return fn({ user, input: parsed.data });
  };
}
