import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "../generated/prisma/client";

export type { PrismaClient } from "../generated/prisma/client";

/**
 * Creates a Prisma client on the pg driver adapter (Prisma 6.19, `engineType = "client"`: no native
 * query engine), from a connection string (with its own pool) or an existing pg pool. Used by the
 * app's singleton (lib/db/client.ts), the seed and the launcher.
 */
export function createPrismaClient(urlOrPool: string | pg.Pool, poolSize = 10): PrismaClient {
  const adapter = typeof urlOrPool === "string" ? new PrismaPg({ connectionString: urlOrPool, max: poolSize }) : new PrismaPg(urlOrPool);
  return new PrismaClient({ adapter });
}
