import "server-only";
import { db } from "./client";

/** Round-trips to PostgreSQL; false when the database cannot be reached. */
export async function isDatabaseReachable(): Promise<boolean> {
  try {
    await db().$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
