/**
 * `npm run bench:quiz`: latency of `POST /api/attempts/[id]/answers` under 50 concurrent learners,
 * then grading throughput of write-a-policy answers (pure lib/quiz).
 *
 * Runs under the launcher (a fresh, seeded database in the app's own embedded PostgreSQL cluster,
 * durable like `npm start`'s), starts `next start` (needs `npm run build` first), creates 50
 * users, signs each in and starts a practice attempt for each; then 50 autocannon connections,
 * each with its own session cookie, post answers to their own attempt (a write-a-policy question
 * when the draw has one): BENCH_WARMUP seconds (3) not counted, then BENCH_SECONDS (20) measured.
 * Target: p95 < 150 ms.
 */
import { createRequire } from "node:module";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient } from "../lib/db/prisma";
import { CookieJar, credentialsSignIn, startAppServer } from "../tests/integration/support/app-server";
import { benchWriteGrading } from "./quiz-grading";

type Instance = { on(event: "response", fn: (client: unknown, status: number, bytes: number, ms: number) => void): void };
type Result = { requests: { total: number }; non2xx: number; errors: number; timeouts: number };
type Autocannon = (opts: Record<string, unknown>, done: (err: Error | null, result: Result) => void) => Instance;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const USERS = Number(process.env.BENCH_USERS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP ?? 3);
const PASSWORD = "bench password 1";

type Learner = { cookie: string; attemptId: string; body: string; type: string };
type View = { type: string; options?: { id: string }[]; items?: { id: string }[]; starter?: string; askStatement?: boolean; statements?: { path: string }[] };

const FALLBACK_POLICY = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }] }, null, 2);

/** The starter policy when it is JSON (some starters are broken on purpose), else a small policy. */
function policyFor(starter: string | undefined): string {
  try {
    JSON.parse(starter ?? "");
    return starter ?? FALLBACK_POLICY;
  } catch {
    return FALLBACK_POLICY;
  }
}

/** A well-formed response for a learner view. */
function responseFor(v: View): unknown {
  const first = v.options?.[0]?.id ?? "";
  const table: Record<string, unknown> = {
    single: { choice: first },
    multiple: { choices: [first] },
    truefalse: { answer: true },
    ordering: { order: (v.items ?? []).map((i) => i.id) },
    fill: { text: "42" },
    predict: { decision: "Allow", ...(v.askStatement ? { statement: null } : {}) },
    spot: { statement: v.statements?.[0]?.path },
    write: { policy: policyFor(v.starter) },
  };
  return table[v.type];
}

async function inBatches<T, R>(items: readonly T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

async function prepareLearner(url: string, email: string): Promise<Learner> {
  const jar = new CookieJar();
  await credentialsSignIn(url, jar, email, PASSWORD);
  const cookie = jar.header();
  const started = await fetch(`${url}/api/attempts`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ quizId: "practice-mixed", mode: "PRACTICE" }) });
  if (!started.ok) throw new Error(`start failed for ${email}: ${started.status} ${await started.text()}`);
  const { attemptId } = (await started.json()) as { attemptId: string };
  const read = (await (await fetch(`${url}/api/attempts/${attemptId}`, { headers: { cookie } })).json()) as { attempt: { items: { position: number; view: View }[] } };
  const item = read.attempt.items.find((i) => i.view.type === "write") ?? read.attempt.items[0]!;
  const body = JSON.stringify({ position: item.position, response: responseFor(item.view), timeSpentMs: 1000 });
  const check = await fetch(`${url}/api/attempts/${attemptId}/answers`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body });
  if (!check.ok) throw new Error(`answer failed for ${email}: ${check.status} ${await check.text()}`);
  return { cookie, attemptId, body, type: item.view.type };
}

function runConnection(url: string, l: Learner, seconds: number, latencies: number[], bytes: number[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: `${url}/api/attempts/${l.attemptId}/answers`, method: "POST", connections: 1, duration: seconds, headers: { cookie: l.cookie, "content-type": "application/json" }, body: l.body },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on("response", (_c, _s, b, ms) => {
      latencies.push(ms);
      bytes.push(b);
    });
  });
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function main(): Promise<void> {
  const dbUrl = process.env.DATABASE_URL;
  if (!dbUrl) throw new Error("run through the launcher: npm run bench:quiz");
  const prisma = createPrismaClient(dbUrl, 2);
  const passwordHash = await hashPassword(PASSWORD);
  const stamp = Date.now().toString(36);
  const emails = Array.from({ length: USERS }, (_, i) => `bench-${stamp}-${i}@example.test`);
  await prisma.user.createMany({ data: emails.map((email, i) => ({ email, name: `Bench ${i}`, passwordHash })) });
  await prisma.$disconnect();
  const app = await startAppServer({ SIGNIN_MAX_PER_IP: "10000", SIGNIN_MAX_PER_EMAIL: "100" });
  try {
    const learners = await inBatches(emails, 5, (email) => prepareLearner(app.url, email));
    const types = learners.reduce<Record<string, number>>((acc, l) => ({ ...acc, [l.type]: (acc[l.type] ?? 0) + 1 }), {});
    console.log(`prepared ${learners.length} learners; answer types: ${JSON.stringify(types)}`);
    // Warm-up (JIT, prepared statements, pool connections), not counted.
    if (WARMUP_SECONDS > 0) await Promise.all(learners.map((l) => runConnection(app.url, l, WARMUP_SECONDS, [], [])));
    const latencies: number[] = [];
    const bytes: number[] = [];
    const results = await Promise.all(learners.map((l) => runConnection(app.url, l, SECONDS, latencies, bytes)));
    latencies.sort((a, b) => a - b);
    const total = results.reduce((a, r) => a + r.requests.total, 0);
    const bad = results.reduce((a, r) => a + r.non2xx + r.errors + r.timeouts, 0);
    console.log(`POST /api/attempts/[id]/answers, ${USERS} connections, ${SECONDS} s: ${total} requests (${(total / SECONDS).toFixed(0)} req/s), ${bad} non-2xx/errors, ${(bytes.reduce((a, b) => a + b, 0) / Math.max(1, bytes.length) / 1024).toFixed(1)} kB per response`);
    console.log(`latency ms: p50 ${pct(latencies, 50).toFixed(1)} · p95 ${pct(latencies, 95).toFixed(1)} · p99 ${pct(latencies, 99).toFixed(1)} · max ${(latencies.at(-1) ?? 0).toFixed(1)} (target p95 < 150)`);
  } finally {
    await app.stop();
  }
  const g = benchWriteGrading(5);
  console.log(`write-a-policy grading (pure lib/quiz): ${g.perSecond.toFixed(0)} answers/s on one core, p95 ${g.p95Ms.toFixed(2)} ms (${g.answers} answers, ${g.questions} questions)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
