import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { applyFirstAdminRule, findUserForSignIn } from "@/lib/db/users";
import { isRateLimited, recordRateLimitEvent, hitRateLimit } from "@/lib/db/rate-limit";
import { env } from "@/lib/env";
import { verifyPassword } from "./password";
import { clientIp } from "./client-ip";

/** Credentials sign-in failed: wrong email or password (never says which). */
export class InvalidCredentials extends CredentialsSignin {
  override code = "invalid";
}
/** Credentials sign-in refused: too many attempts for this email or address. */
export class SignInRateLimited extends CredentialsSignin {
  override code = "rate_limited";
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});

// A hash of a random password: unknown emails cost the same bcrypt work as known ones.
const DUMMY_HASH = "$2b$12$nELeXKgWPSRF9CAxR/wzo.eQ3auWJX9.RIHd7I64580gZBa4diNVG";

async function authorize(raw: Partial<Record<string, unknown>>, request: Request) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidCredentials();
  const { email, password } = parsed.data;
  const e = env();
  const ip = clientIp(request.headers, e.TRUSTED_PROXIES);
  const perIp = await hitRateLimit("signin-ip", ip, e.SIGNIN_MAX_PER_IP, e.SIGNIN_WINDOW_SECONDS);
  const perEmail = await isRateLimited("signin-email-fail", email, e.SIGNIN_MAX_PER_EMAIL, e.SIGNIN_WINDOW_SECONDS);
  if (!perIp.allowed || perEmail.limited) throw new SignInRateLimited();
  const user = await findUserForSignIn(email);
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.passwordHash || !ok || user.disabled) {
    await recordRateLimitEvent("signin-email-fail", email);
    throw new InvalidCredentials();
  }
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

function oidcProvider(): NextAuthConfig["providers"] {
  const e = env();
  if (!e.AUTH_OIDC_ISSUER || !e.AUTH_OIDC_ID || !e.AUTH_OIDC_SECRET) return [];
  return [
    {
      id: "oidc",
      name: e.AUTH_OIDC_NAME,
      type: "oidc",
      issuer: e.AUTH_OIDC_ISSUER,
      clientId: e.AUTH_OIDC_ID,
      clientSecret: e.AUTH_OIDC_SECRET,
    },
  ];
}

/** Auth.js: credentials (bcrypt) + optional OIDC, JWT sessions carrying `id` and `role`. */
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: PrismaAdapter(db()),
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  trustHost: env().AUTH_TRUST_HOST || env().NODE_ENV !== "production" || Boolean(env().PRINCIPAL_EMBEDDED_DB),
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    Credentials({ credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } }, authorize }),
    ...oidcProvider(),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.id = user.id;
        token.role = (user as { role?: string }).role ?? "LEARNER";
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.id === "string") session.user.id = token.id;
      (session.user as { role?: unknown }).role = token.role;
      return session;
    },
  },
  events: {
    async createUser({ user }) {
      if (user.id) await applyFirstAdminRule(user.id, user.email, env().ADMIN_EMAIL?.toLowerCase());
    },
  },
}));
