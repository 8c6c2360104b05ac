/**
 * POST /api/evaluate against a real `next start` (needs `next build` first) and the fresh database
 * the launcher provides:
 *
 *   npx next build && npx tsx lib/db/launch.ts --fresh -- vitest run --project integration tests/integration/evaluate-api.test.ts
 *
 * The server runs with EVALUATE_MAX_PER_IP=5, so the tests below share five requests per window
 * and run in order; the last one exhausts the limit.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/app-server";

const ROOT = new URL("../../", import.meta.url);
// shared/ sits beside the repository (here and in CI).
const EXAMPLES = new URL("../shared/iam/examples.json", ROOT);
const MAX_PER_IP = 5;

interface Scenario {
  id: string;
  expected: string;
  [key: string]: unknown;
}

function loadExamples(): Scenario[] {
  const local = new URL("tests/fixtures/iam/identity.json", ROOT);
  let text: string;
  try {
    text = readFileSync(EXAMPLES, "utf8");
  } catch {
    text = readFileSync(local, "utf8"); // the shared folder is not part of the repository
  }
  return (JSON.parse(text) as { cases: Scenario[] }).cases;
}

let server: AppServer | undefined;
let base = "";

beforeAll(async () => {
  if (!process.env.DATABASE_URL) throw new Error("run under `tsx lib/db/launch.ts --fresh --` (DATABASE_URL is not set)");
  server = await startAppServer({
    AUTH_SECRET: "x".repeat(40),
    EVALUATE_MAX_PER_IP: String(MAX_PER_IP),
    EVALUATE_WINDOW_SECONDS: "60",
    TRUSTED_PROXIES: "0",
  });
  base = server.url;
});

afterAll(() => server?.stop());

function post(body: string | ReadableStream<Uint8Array>, query = ""): Promise<Response> {
  const init: RequestInit & { duplex?: "half" } = { method: "POST", headers: { "content-type": "application/json" }, body };
  if (typeof body !== "string") init.duplex = "half";
  return fetch(`${base}/api/evaluate${query}`, init);
}

interface ErrorBody {
  error: { code: string; message: string; path?: string };
}

describe("POST /api/evaluate", () => {
  it("evaluates scenarios from the shared examples with their AWS-documented decisions (200)", async () => {
    const cases = loadExamples();
    const res = await post(JSON.stringify({ cases }), "?explain=1");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { results: { id: string; decision: string; explanation?: string; decidedBy: unknown[] }[] };
    expect(body.results.map((r) => r.id)).toEqual(cases.map((c) => c.id));
    expect(body.results.map((r) => r.decision)).toEqual(cases.map((c) => c.expected));
    expect(body.results[0]?.explanation).toContain("Decision:");
  });

  it("rejects an invalid scenario with 422 naming the JSON path", async () => {
    const [first] = loadExamples();
    const broken = structuredClone(first) as unknown as { request: { action: unknown } };
    broken.request.action = 42;
    const res = await post(JSON.stringify({ cases: [first, first, first, broken] }));
    expect(res.status).toBe(422);
    const body = (await res.json()) as ErrorBody;
    expect(body.error).toMatchObject({ code: "INVALID_SCENARIO", path: "cases[3].request.action" });
    expect(body.error.message).toContain("cases[3].request.action");
  });

  it("rejects a body over 1 MiB with 413 (Content-Length announced)", async () => {
    const res = await post(`{"cases": [], "pad": "${"x".repeat(1024 * 1024)}"}`);
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.code).toBe("BODY_TOO_LARGE");
  });

  it("rejects a streamed body over 1 MiB with 413 (no Content-Length)", async () => {
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await post(stream);
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.code).toBe("BODY_TOO_LARGE");
  });

  it(`answers 429 with Retry-After once ${MAX_PER_IP} requests were made in the window`, async () => {
    const [first] = loadExamples();
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < MAX_PER_IP + 1 && !limited; i++) {
      const res = await post(JSON.stringify(first));
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect(statuses.at(-1), `statuses: ${statuses.join(", ")}`).toBe(429);
    const retryAfter = Number(limited?.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(((await limited?.json()) as ErrorBody).error.code).toBe("RATE_LIMITED");
  });
});
