import { describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { claimsOf, cookieNameFor, joinChunks } from "@/lib/auth/session-token";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";
const NAME = "authjs.session-token";

describe("session token (the cookie Auth.js sets)", () => {
  it("reads back the user id and expiry of a token Auth.js sealed", async () => {
    const token = await encode({ token: { id: "user-1", role: "LEARNER" }, secret: SECRET, salt: NAME, maxAge: 3600 });
    const claims = await claimsOf(token, NAME, SECRET);
    expect(claims?.userId).toBe("user-1");
    expect(claims!.expiresAt * 1000).toBeGreaterThan(Date.now() + 3500_000);
  });

  it("refuses a token sealed with another secret, for another cookie name, or tampered with", async () => {
    const token = await encode({ token: { id: "user-2" }, secret: SECRET, salt: NAME, maxAge: 3600 });
    expect(await claimsOf(token, NAME, `${SECRET}-other`)).toBeNull();
    expect(await claimsOf(token, `__Secure-${NAME}`, SECRET)).toBeNull();
    const tampered = `${token.slice(0, -4)}${token.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    expect(await claimsOf(tampered, NAME, SECRET)).toBeNull();
    expect(await claimsOf("not a token", NAME, SECRET)).toBeNull();
  });

  it("refuses a token that has expired, even after reading it once", async () => {
    const expired = await encode({ token: { id: "user-3" }, secret: SECRET, salt: NAME, maxAge: -3600 });
    expect(await claimsOf(expired, NAME, SECRET)).toBeNull();
    expect(await claimsOf(expired, NAME, SECRET)).toBeNull();
  });

  it("refuses a token without a user id", async () => {
    const token = await encode({ token: { email: "x@example.com" }, secret: SECRET, salt: NAME, maxAge: 3600 });
    expect(await claimsOf(token, NAME, SECRET)).toBeNull();
  });

  it("joins a chunked cookie in chunk order and ignores other cookies", () => {
    const cookies = [
      { name: `${NAME}.1`, value: "BBB" },
      { name: "other", value: "zzz" },
      { name: `${NAME}.0`, value: "AAA" },
      { name: `${NAME}.10`, value: "DDD" },
      { name: `${NAME}.2`, value: "CCC" },
      { name: `__Secure-${NAME}`, value: "secure" },
    ];
    expect(joinChunks(NAME, cookies)).toBe("AAABBBCCCDDD");
    expect(joinChunks(NAME, [{ name: NAME, value: "whole" }])).toBe("whole");
    expect(joinChunks(NAME, [])).toBe("");
  });

  it("uses the __Secure- cookie exactly when the site is https", () => {
    expect(cookieNameFor("https://principal.example", null)).toBe(`__Secure-${NAME}`);
    expect(cookieNameFor("http://localhost:3000", "https")).toBe(NAME);
    expect(cookieNameFor(undefined, "https")).toBe(`__Secure-${NAME}`);
    expect(cookieNameFor(undefined, "https, http")).toBe(`__Secure-${NAME}`);
    expect(cookieNameFor(undefined, null)).toBe(NAME);
  });
});

describe("readSessionClaims", () => {
  it("reads the request's cookies and headers before anything else, so pages that ask stay dynamic", async () => {
    vi.resetModules();
    const cookies = vi.fn(() => Promise.resolve({ getAll: () => [] }));
    const headers = vi.fn(() => Promise.resolve(new Headers()));
    vi.doMock("next/headers", () => ({ cookies, headers }));
    const saved = process.env.AUTH_SECRET;
    delete process.env.AUTH_SECRET; // as in a `next build` before the launcher has written .env.local
    try {
      const { readSessionClaims } = await import("@/lib/auth/session-token");
      expect(await readSessionClaims()).toBeNull();
      expect(cookies).toHaveBeenCalled();
      expect(headers).toHaveBeenCalled();
    } finally {
      if (saved !== undefined) process.env.AUTH_SECRET = saved;
      vi.doUnmock("next/headers");
    }
  });
});
