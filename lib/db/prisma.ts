import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export type { PrismaClient } from "../generated/prisma/client";

/**
 * Creates a Prisma client on the pg driver adapter (Prisma 6.19, `engineType = "client"`: no native
 * query engine). Used by the app's singleton (lib/db/client.ts), the seed and the launcher.
 */
export function createPrismaClient(url: string, poolSize = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolSize }) });
}
