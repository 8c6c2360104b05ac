import { isDatabaseReachable } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** Liveness for load balancers: 200 when PostgreSQL answers, 503 otherwise. Public by design. */
export async function GET() {
  const database = await isDatabaseReachable();
  return Response.json(
    { status: database ? "ok" : "unavailable", database: database ? "reachable" : "unreachable" },
    { status: database ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
