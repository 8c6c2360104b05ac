import "server-only";
import { db } from "./client";

/**
 * Sliding-window limiter stored in PostgreSQL, so every app instance sees the same counts.
 * `hit` records an event and reports whether the key is still within `max` events per window.
 */
export async function hitRateLimit(
  bucket: string,
  key: string,
  max: number,
  windowSeconds: number,
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const since = new Date(Date.now() - windowSeconds * 1000);
  return db().$transaction(async (tx) => {
    // Serialize per key so concurrent requests cannot all slip under the limit.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${bucket + ":" + key}))`;
    const recent = await tx.rateLimitEvent.findMany({
      where: { bucket, key, createdAt: { gt: since } },
      select: { createdAt: true },
      orderBy: { createdAt: "asc" },
      take: max,
    });
    if (recent.length >= max) {
      const oldest = recent[0]!.createdAt.getTime();
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowSeconds * 1000 - Date.now()) / 1000)) };
    }
    await tx.rateLimitEvent.create({ data: { bucket, key } });
    return { allowed: true, retryAfterSeconds: 0 };
  });
}

/** Counts events without recording one (e.g. failed sign-ins for an email). */
export async function isRateLimited(bucket: string, key: string, max: number, windowSeconds: number) {
  const since = new Date(Date.now() - windowSeconds * 1000);
  const recent = await db().rateLimitEvent.findMany({
    where: { bucket, key, createdAt: { gt: since } },
    select: { createdAt: true },
    orderBy: { createdAt: "asc" },
    take: max,
  });
  if (recent.length < max) return { limited: false, retryAfterSeconds: 0 };
  const oldest = recent[0]!.createdAt.getTime();
  return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowSeconds * 1000 - Date.now()) / 1000)) };
}

/** Records an event without checking (e.g. a failed sign-in). */
export async function recordRateLimitEvent(bucket: string, key: string): Promise<void> {
  await db().rateLimitEvent.create({ data: { bucket, key } });
}

/** Deletes events older than a day; called opportunistically. */
export async function pruneRateLimitEvents(): Promise<void> {
  await db().rateLimitEvent.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 86_400_000) } } });
}
