/**
 * `POST /api/attempts/[id]/answers`: saves one answer of the caller's in-progress attempt. Body
 * `{position, response, certainty?, timeSpentMs?, flagged?}` (at most 64 KB). Practice attempts get
 * the grading back; exam attempts only store the answer. Errors: 401, 403, 404, 409 (submitted or
 * expired), 413, 422 (`{error: {code, message, path?}}`); a refused request changes nothing.
 */
import { readSessionClaims } from "@/lib/auth/session-token";
import { now } from "@/lib/clock";
import { saveAnswer } from "@/lib/db/quiz-answers";
import { answerBodySchema, MAX_ANSWER_BODY_BYTES } from "@/app/attempts/answer-schema";
import { apiJson, failureResponse, readJsonBody, unauthenticated } from "../../http";

export const dynamic = "force-dynamic";

/** Saves one answer. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  // The session token names the caller; saveAnswer checks in its one statement that this user is
  // still active and owns the attempt (a disabled user gets 401), so no separate user read.
  const session = await readSessionClaims();
  if (!session) return unauthenticated();
  const body = await readJsonBody(request, answerBodySchema, MAX_ANSWER_BODY_BYTES);
  if (!body.ok) return body.response;
  const { id } = await params;
  const result = await saveAnswer(session.userId, id, body.data, now(request.headers));
  if (!result.ok) return failureResponse(result);
  return apiJson(result.grading ? { saved: true, mode: result.mode, grading: result.grading } : { saved: true, mode: result.mode });
}
