import { getCurrentUser } from "@/lib/auth/session";
import { listLessonProgress } from "@/lib/db/progress";

export const dynamic = "force-dynamic";

/**
 * The signed-in reader's lesson progress, for the client islands of the static lesson pages.
 * Signed out: `{signedIn: false, lessons: []}` (the browser keeps progress in localStorage).
 */
export async function GET() {
  const user = await getCurrentUser();
  const headers = { "cache-control": "private, no-store" };
  if (!user) return Response.json({ signedIn: false, lessons: [] }, { headers });
  const lessons = await listLessonProgress(user.id);
  return Response.json(
    {
      signedIn: true,
      lessons: lessons.map((l) => ({ slug: l.slug, status: l.status, percent: l.percent, lastAnchor: l.lastAnchor })),
    },
    { headers },
  );
}
