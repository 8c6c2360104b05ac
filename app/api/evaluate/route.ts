/**
 * `POST /api/evaluate`: evaluates IAM scenarios (shared/iam/SCENARIO-FORMAT.md) with the Principal
 * evaluator. Public (no session needed), rate limited per client IP, body capped at 1 MiB.
 * Documented in docs/api.md.
 */
import { clientIp } from "@/lib/auth/client-ip";
import { hitRateLimit } from "@/lib/db/rate-limit";
import { env } from "@/lib/env";
import { MAX_BODY_BYTES, readLimitedText } from "./read-body";
import { evaluateAll, parseBodyJson, queryFlag } from "./results";
import { readEnvelope } from "./schema";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

/** Error codes of this endpoint. */
export type EvaluateErrorCode = "BODY_TOO_LARGE" | "INVALID_BODY" | "INVALID_JSON" | "INVALID_SCENARIO" | "RATE_LIMITED";

function error(status: number, code: EvaluateErrorCode, message: string, extra: { path?: string; headers?: Record<string, string> } = {}): Response {
  const body: { code: EvaluateErrorCode; message: string; path?: string } = { code, message };
  if (extra.path !== undefined) body.path = extra.path;
  return Response.json({ error: body }, { status, headers: { ...NO_STORE, ...extra.headers } });
}

/** Evaluates one scenario, an array of scenarios or `{cases: [...]}`; `?trace=1`, `?explain=1`. */
export async function POST(request: Request): Promise<Response> {
  const config = env();
  const ip = clientIp(request.headers, config.TRUSTED_PROXIES);
  const limit = await hitRateLimit("evaluate-ip", ip, config.EVALUATE_MAX_PER_IP, config.EVALUATE_WINDOW_SECONDS);
  if (!limit.allowed) {
    const seconds = String(limit.retryAfterSeconds);
    return error(429, "RATE_LIMITED", `too many requests; try again in ${seconds} s`, { headers: { "retry-after": seconds } });
  }
  const body = await readLimitedText(request);
  if (!body.ok) {
    // The unread rest of a too-large body would poison a kept-alive connection: close it.
    return body.reason === "too-large"
      ? error(413, "BODY_TOO_LARGE", `the request body is larger than ${MAX_BODY_BYTES} bytes (1 MiB)`, { headers: { connection: "close" } })
      : error(400, "INVALID_BODY", "the request body is not valid utf-8");
  }
  const json = parseBodyJson(body.text);
  if (!json.ok) return error(400, "INVALID_JSON", json.message);
  const envelope = readEnvelope(json.value);
  if (!envelope.ok) {
    const { path, message } = envelope.issue;
    return error(422, "INVALID_SCENARIO", `${path || "body"}: ${message}`, { path });
  }
  const url = new URL(request.url);
  const results = evaluateAll(envelope.scenarios, { trace: queryFlag(url, "trace"), explain: queryFlag(url, "explain") });
  return Response.json({ results }, { headers: NO_STORE });
}
