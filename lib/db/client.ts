import "server-only";
import { createPrismaClient, type PrismaClient } from "./prisma";

const globalForPrisma = globalThis as unknown as { principalPrisma?: PrismaClient };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev` (lib/db/launch.ts sets it)");
  }
  return url;
}

/** The app's Prisma client (one per process). Only lib/db/* imports it. */
export function db(): PrismaClient {
  globalForPrisma.principalPrisma ??= createPrismaClient(databaseUrl());
  return globalForPrisma.principalPrisma;
}
