/**
 * `GET /api/attempts/[id]`: the caller's attempt as the take page sees it: learner views of its
 * questions (no keys, explanations or hidden cases) and the saved answers; grading only in practice
 * mode.
 */
import { getCurrentUser } from "@/lib/auth/session";
import { getAttemptForRunner } from "@/lib/db/attempts";
import { apiJson, failureResponse, unauthenticated } from "../http";

export const dynamic = "force-dynamic";

/** Reads one attempt. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return unauthenticated();
  const { id } = await params;
  const result = await getAttemptForRunner(user.id, id);
  if (!result.ok) return failureResponse(result);
  return apiJson({ attempt: result.attempt });
}
