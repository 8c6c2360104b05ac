/**
 * The server's clock, injectable for end-to-end tests. Deadlines (quiz timers) are decided with
 * `now(headers)`: real time, or, only when `PRINCIPAL_TEST_CLOCK=1`, real time plus the offset in
 * the `principal-test-clock-offset-ms` cookie, so a test can jump past a deadline.
 */
import { env } from "./env";

/** Cookie holding the test clock's offset in milliseconds (ignored unless PRINCIPAL_TEST_CLOCK=1). */
export const TEST_CLOCK_COOKIE = "principal-test-clock-offset-ms";

/** Largest offset honoured: one year either way. */
const MAX_OFFSET_MS = 366 * 24 * 60 * 60 * 1000;

/** Anything with a `get(name)` for request headers (`Headers`, `ReadonlyHeaders`). */
export interface HeaderSource {
  get(name: string): string | null;
}

/** Reads the test clock offset from a `Cookie` header; 0 when absent or malformed. */
export function testClockOffset(cookieHeader: string | null | undefined): number {
  if (!cookieHeader) return 0;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1 || part.slice(0, eq).trim() !== TEST_CLOCK_COOKIE) continue;
    const value = Number(decodeURIComponent(part.slice(eq + 1).trim()));
    if (!Number.isFinite(value)) return 0;
    return Math.max(-MAX_OFFSET_MS, Math.min(MAX_OFFSET_MS, Math.trunc(value)));
  }
  return 0;
}

/**
 * The current time for a request. Without headers, or unless the test clock is enabled, this is
 * simply `new Date()`.
 */
export function now(headers?: HeaderSource | null): Date {
  const real = Date.now();
  if (!headers || !env().PRINCIPAL_TEST_CLOCK) return new Date(real);
  return new Date(real + testClockOffset(headers.get("cookie")));
}
