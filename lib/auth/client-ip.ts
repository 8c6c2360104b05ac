/**
 * The client address as seen through TRUSTED_PROXIES reverse proxies. Next.js fills
 * X-Forwarded-For with the socket address only when the request has none, so behind N trusted
 * proxies the client is the N-th entry from the right; with none, the last entry.
 */
export function clientIp(headers: Headers, trustedProxies: number): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const index = forwarded.length - 1 - Math.max(0, trustedProxies - 1);
  const candidate = trustedProxies === 0 ? forwarded.at(-1) : forwarded[Math.max(0, index)];
  return candidate ?? headers.get("x-real-ip") ?? "unknown";
}
