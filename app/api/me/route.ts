import { getCurrentUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** The signed-in user's public profile for the header (keeps pages themselves static). */
export async function GET() {
  const user = await getCurrentUser();
  return Response.json(
    { user: user ? { name: user.name, email: user.email, role: user.role } : null },
    { headers: { "cache-control": "private, no-store" } },
  );
}
