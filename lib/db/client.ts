import "server-only";
import pg from "pg";
import { createPrismaClient, type PrismaClient } from "./prisma";

const globalForPrisma = globalThis as unknown as { principalPrisma?: PrismaClient; principalPool?: pg.Pool };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev` (lib/db/launch.ts sets it)");
  }
  return url;
}

/**
 * The process's pg pool, shared by Prisma (through its driver adapter) and the few hot paths that
 * send one hand-written statement (lib/db/quiz-answers.ts). Only lib/db/* imports it.
 */
export function pool(): pg.Pool {
  globalForPrisma.principalPool ??= new pg.Pool({ connectionString: databaseUrl(), max: 20 });
  return globalForPrisma.principalPool;
}

/** The app's Prisma client (one per process). Only lib/db/* imports it. */
export function db(): PrismaClient {
  globalForPrisma.principalPrisma ??= createPrismaClient(pool());
  return globalForPrisma.principalPrisma;
}
