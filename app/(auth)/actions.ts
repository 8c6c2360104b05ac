"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/config";
import { hashPassword } from "@/lib/auth/password";
import { createUserWithPassword } from "@/lib/db/users";
import { env } from "@/lib/env";
import type { ActionResult } from "@/lib/actions/authed-action";

/** Only same-site paths are allowed as a post-sign-in destination. */
function safeCallback(value: unknown): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : "/dashboard";
}

const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address")),
  password: z.string().min(1, "Enter your password"),
});

/** Signs in with email and password; never reveals whether the email exists. Public by design. */
export async function signInAction(_prev: unknown, form: FormData): Promise<ActionResult<{ redirectTo: string }>> {
  const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
  if (!parsed.success) {
    return { ok: false, message: "Check the highlighted fields", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return { ok: false, message: "Too many sign-in attempts. Wait a few minutes, then try again." };
    }
    if (error instanceof AuthError) return { ok: false, message: "The email or password is incorrect." };
    throw error;
  }
  return { ok: true, data: { redirectTo: safeCallback(form.get("callbackUrl")) } };
}

const signUpSchema = z
  .object({
    name: z.string().trim().min(1, "Enter your name").max(80, "Use at most 80 characters"),
    email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address")),
    password: z.string().min(10, "Use at least 10 characters").max(200, "Use at most 200 characters"),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The passwords do not match" });

/** Creates a learner account (or the first admin) and signs it in. Public by design. */
export async function signUpAction(_prev: unknown, form: FormData): Promise<ActionResult<{ redirectTo: string }>> {
  const parsed = signUpSchema.safeParse(Object.fromEntries(["name", "email", "password", "confirm"].map((k) => [k, form.get(k) ?? ""])));
  if (!parsed.success) {
    return { ok: false, message: "Check the highlighted fields", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  const { name, email, password } = parsed.data;
  const user = await createUserWithPassword({
    name,
    email,
    passwordHash: await hashPassword(password),
    adminEmail: env().ADMIN_EMAIL?.toLowerCase(),
  });
  if (!user) return { ok: false, message: "An account with this email already exists. Sign in instead.", fieldErrors: { email: ["Already registered"] } };
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) return { ok: true, data: { redirectTo: "/signin" }, message: "Account created. Sign in to continue." };
    throw error;
  }
  return { ok: true, data: { redirectTo: "/dashboard" } };
}

/** Ends the session (clears the JWT cookie). */
export async function signOutAction(): Promise<void> {
  await signOut({ redirect: false });
}
