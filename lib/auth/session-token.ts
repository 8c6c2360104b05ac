import "server-only";
import { cookies, headers } from "next/headers";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { isSessionCookie, SECURE_SESSION_COOKIE, SESSION_COOKIE } from "./cookie-names";

/**
 * Reads the Auth.js session cookie without going through `auth()`.
 *
 * `auth()` runs Auth.js's whole session action for every call: it builds a Request, decrypts the
 * JWT, then encrypts a refreshed one into a Set-Cookie header that server components and route
 * handlers throw away. Under load that was a quarter of the CPU of saving a quiz answer. This reads
 * the same cookie (same name, same chunks, same salt and secret, so the same tokens are accepted)
 * and remembers what a given cookie value decrypts to: a token is immutable, so the only thing that
 * can change about it is that it expires, which is checked on every read.
 */


/** What a session token says: who, and until when (seconds since the epoch). */
export type SessionClaims = { userId: string; expiresAt: number };

const decoded = new Map<string, SessionClaims | null>();
const MAX_DECODED = 5_000;

/** The token value from a cookie and its chunks (`name.0`, `name.1`, … when it was too long). */
export function joinChunks(name: string, all: readonly { name: string; value: string }[]): string {
  const parts = all.filter((c) => isSessionCookie(c.name, name) && c.value);
  const index = (n: string) => (n === name ? 0 : Number.parseInt(n.slice(name.length + 1), 10) || 0);
  return parts
    .sort((a, b) => index(a.name) - index(b.name))
    .map((c) => c.value)
    .join("");
}

/**
 * Which cookie Auth.js uses: the `__Secure-` one when the site's URL is https (AUTH_URL when set,
 * otherwise the protocol the proxy forwarded), the plain one otherwise.
 */
export function cookieNameFor(authUrl: string | undefined, forwardedProto: string | null): string {
  const secure = authUrl ? authUrl.startsWith("https:") : forwardedProto?.split(",")[0]?.trim() === "https";
  return secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/**
 * What a session token (the joined cookie value) says, or null when it was not sealed with this
 * secret for this cookie name, is malformed, or has no user id. Expiry is not checked here.
 */
export async function claimsOf(token: string, salt: string, secret: string): Promise<SessionClaims | null> {
  const key = `${salt}\n${token}`;
  if (decoded.has(key)) return decoded.get(key)!;
  let claims: SessionClaims | null = null;
  try {
    const payload = await decode({ token, secret, salt });
    if (payload && typeof payload.id === "string" && typeof payload.exp === "number") claims = { userId: payload.id, expiresAt: payload.exp };
  } catch {
    claims = null; // tampered, expired past the clock tolerance, or sealed with another secret
  }
  if (decoded.size >= MAX_DECODED) decoded.delete(decoded.keys().next().value!);
  decoded.set(key, claims);
  return claims;
}

/** The claims of the request's session cookie, or null when it is missing, invalid or expired. */
export async function readSessionClaims(at: number = Date.now()): Promise<SessionClaims | null> {
  // Request data first, always: it is what tells Next.js a page depends on who is asking. Returning
  // early before it (say, when a build runs without AUTH_SECRET) would let `next build` prerender
  // signed-in pages as signed out.
  const [jar, h] = await Promise.all([cookies(), headers()]);
  const secret = env().AUTH_SECRET;
  if (!secret) return null;
  const name = cookieNameFor(env().AUTH_URL, h.get("x-forwarded-proto"));
  const token = joinChunks(name, jar.getAll());
  if (!token) return null;
  const claims = await claimsOf(token, name, secret);
  if (!claims || claims.expiresAt * 1000 <= at) return null;
  return claims;
}
