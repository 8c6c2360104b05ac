import { createPrismaClient } from "@/lib/db/prisma";

/** A Prisma client on the fresh database the launcher created for this run. */
export function testPrisma() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("integration tests run through the launcher: npm run test:integration");
  return createPrismaClient(url, 5);
}

/** A unique suffix so tests never collide, even against a reused database. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
