/**
 * `POST /api/attempts/[id]/submit`: submits the caller's attempt. Idempotent: a second submit (double
 * click, two tabs) returns the stored result with `alreadySubmitted: true`.
 */
import { getCurrentUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { submitAttempt } from "@/lib/db/quiz-submit";
import { apiJson, failureResponse, unauthenticated } from "../../http";

export const dynamic = "force-dynamic";

/** Submits the attempt and returns its result. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return unauthenticated();
  const { id } = await params;
  const result = await submitAttempt(user.id, id, now(request.headers));
  if (!result.ok) return failureResponse(result);
  return apiJson({ alreadySubmitted: result.alreadySubmitted, result: result.result });
}
