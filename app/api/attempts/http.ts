/** Shared pieces of the `/api/attempts` route handlers: JSON errors `{error: {code, message}}`. */
import type { z } from "zod";
import type { AttemptFailure, AttemptFailureReason } from "@/lib/db/quiz-types";
import { readLimitedText } from "@/app/api/evaluate/read-body";

const NO_STORE = { "cache-control": "private, no-store" };

const STATUS: Record<AttemptFailureReason, number> = { unauthenticated: 401, "not-found": 404, forbidden: 403, submitted: 409, expired: 409, invalid: 422 };

/** A JSON error response. */
export function apiError(status: number, code: string, message: string, extra: { path?: string; headers?: Record<string, string> } = {}): Response {
  const error: { code: string; message: string; path?: string } = { code, message };
  if (extra.path !== undefined) error.path = extra.path;
  return Response.json({ error }, { status, headers: { ...NO_STORE, ...extra.headers } });
}

/** A JSON success response (never cached). */
export function apiJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

/** Maps an expected lib/db failure to its status (401, 404, 403, 409, 422). */
export function failureResponse(f: AttemptFailure): Response {
  return apiError(STATUS[f.reason], f.code, f.message, f.path !== undefined ? { path: f.path } : {});
}

/** 401 for requests without a session. */
export const unauthenticated = (): Response => apiError(401, "UNAUTHENTICATED", "sign in first");

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("");
}

/**
 * Reads a JSON body of at most `limit` bytes and validates it with `schema`: 413 when too large,
 * 400 when not JSON, 422 with the first issue when it does not match.
 */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S, limit: number): Promise<{ ok: true; data: z.output<S> } | { ok: false; response: Response }> {
  const body = await readLimitedText(request, limit);
  if (!body.ok) {
    const response =
      body.reason === "too-large"
        ? apiError(413, "BODY_TOO_LARGE", `the request body is larger than ${limit} bytes`, { headers: { connection: "close" } })
        : apiError(400, "INVALID_BODY", "the request body is not valid utf-8");
    return { ok: false, response };
  }
  let json: unknown;
  try {
    json = body.text === "" ? {} : JSON.parse(body.text);
  } catch {
    return { ok: false, response: apiError(400, "INVALID_JSON", "the request body is not valid json") };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = formatPath(issue?.path ?? []);
    return { ok: false, response: apiError(422, "INVALID_BODY", `${path || "body"}: ${issue?.message ?? "invalid body"}`, { path }) };
  }
  return { ok: true, data: parsed.data };
}
