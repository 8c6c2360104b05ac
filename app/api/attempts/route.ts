/**
 * `POST /api/attempts`: starts (or resumes) an attempt of a quiz for the caller.
 * Body `{quizId, mode?, certainty?, replace?}`; answers 201 `{attemptId, resumed}` (200 when resumed).
 * `GET /api/attempts`: the caller's unfinished attempts.
 */
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { listUnfinishedAttempts, startQuizAttempt } from "@/lib/db/attempts";
import { apiJson, failureResponse, readJsonBody, unauthenticated } from "./http";

export const dynamic = "force-dynamic";

const startSchema = z.object({
  quizId: z.string({ error: "`quizId` must be a string" }).min(1).max(100),
  mode: z.enum(["PRACTICE", "EXAM"], { error: "`mode` must be PRACTICE or EXAM" }).optional(),
  certainty: z.boolean({ error: "`certainty` must be true or false" }).default(false),
  replace: z.boolean({ error: "`replace` must be true or false" }).optional(),
});

/** Starts an attempt. */
export async function POST(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return unauthenticated();
  const body = await readJsonBody(request, startSchema, 4096);
  if (!body.ok) return body.response;
  const result = await startQuizAttempt(user.id, body.data, now(request.headers));
  if (!result.ok) return failureResponse(result);
  return apiJson({ attemptId: result.attemptId, resumed: result.resumed }, result.resumed ? 200 : 201);
}

/** Lists unfinished attempts. */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return unauthenticated();
  return apiJson({ attempts: await listUnfinishedAttempts(user.id, now(request.headers)) });
}
