/**
 * `npm run bench:lessons` (part 2): server response time of the lesson pages under load.
 *
 *   npm run build && npx tsx bench/lessons-load.ts [--seconds 20] [--connections 50] [--rounds 1]
 *       [--paths /lessons/identities,/lessons] [--baseline] [--url http://127.0.0.1:3000] [--gzip]
 *
 * Starts `next start` through the launcher (`tsx lib/db/launch.ts --fresh -- next start`, a fresh
 * embedded database; the pages themselves never touch it), checks that each page is served from
 * the prerender cache (static: no per-request rendering), warms up, then runs autocannon with 50
 * connections for 20 s per page and reports p50/p95/p99 latency (from every response, not
 * autocannon's histogram buckets) and requests/s. With --rounds N the pages are measured N times,
 * interleaved, and the median round is reported (the machine is shared: single rounds vary).
 * Autocannon runs in this process, on the same machine as the server, like the issue's setup;
 * it sends no Accept-Encoding (uncompressed HTML) unless --gzip. Stops the server at the end.
 *
 * `npm run build`, not `npx next build`: the build's last step rewrites the prerendered pages to
 * ASCII (scripts/ascii-html.ts), and the static check says when a page is not ASCII.
 *
 * With --baseline, each page's exact bytes are then served by a bare `node:http` server (its own
 * process, like `next start`; no framework, no routing, a prebuilt Buffer) and measured the same
 * way: the floor this machine allows for a response of that size with autocannon beside it.
 *
 * Target (issue): p95 < 50 ms at 50 connections on the lesson page. Prints PASS/FAIL; exits 0.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { freePort } from "../lib/db/embedded";
import os from "node:os";
import path from "node:path";

type Instance = { on(event: "response", fn: (client: unknown, status: number, bytes: number, ms: number) => void): void };
type Result = { requests: { total: number; average: number }; throughput: { average: number }; non2xx: number; errors: number; timeouts: number; duration: number };
type Autocannon = (opts: Record<string, unknown>, done: (err: Error | null, result: Result) => void) => Instance;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const TARGET_P95_MS = 50;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}
const SECONDS = Number(arg("seconds") ?? 20);
const CONNECTIONS = Number(arg("connections") ?? 50);
const ROUNDS = Number(arg("rounds") ?? 1);
const WARMUP_SECONDS = Number(arg("warmup") ?? 5);
// The shortest lesson, a middling one, the longest, and the lesson list.
const PATHS = (arg("paths") ?? "/lessons/identities,/lessons/roles-and-sts,/lessons/cross-account,/lessons").split(",");
const GZIP = process.argv.includes("--gzip");
const BASELINE = process.argv.includes("--baseline");

const loadavg = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");


type Server = { url: string; stop: () => Promise<void> };

/** `next start` under the launcher, on a fresh database; resolves once /api/health answers. */
async function startServer(): Promise<Server> {
  const root = process.cwd();
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("no build: run `npm run build` first");
  const port = await freePort();
  const child: ChildProcess = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["lib/db/launch.ts", "--fresh", "--", "next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, AUTH_URL: `http://127.0.0.1:${port}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) {
      child.kill("SIGTERM");
      throw new Error(`the server did not become healthy:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    // SIGTERM to the launcher: it forwards it to `next start`, then drops the database and stops PostgreSQL.
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill("SIGKILL"), 20_000);
        child.once("exit", () => {
          clearTimeout(force);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}

// mode "bytes": a prebuilt Buffer; "string": the page as a JavaScript string, sent with
// res.end(string) as `next start` does; "two-byte": the same string plus one U+2019 in a comment,
// which makes V8 store it as a two-byte string (what a page with a curly quote used to be).
const BARE_SERVER = `
const http = require("node:http");
const raw = require("node:fs").readFileSync(process.argv[1]);
const mode = process.argv[3];
const body = mode === "bytes" ? raw : mode === "string" ? raw.toString("utf8") : raw.toString("utf8") + "<!--\u2019-->";
http.createServer((req, res) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": Buffer.byteLength(body) });
  res.end(body);
}).listen(Number(process.argv[2]), "127.0.0.1", () => console.log("ready"));
`;

/** A bare node:http server answering every request with `body`. */
async function startBareServer(body: Buffer, mode: "bytes" | "string" | "two-byte"): Promise<Server> {
  const file = path.join(os.tmpdir(), `principal-bench-${process.pid}.html`);
  writeFileSync(file, body);
  const port = await freePort();
  const child = spawn(process.execPath, ["-e", BARE_SERVER, file, String(port), mode], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`the bare server exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => {
          rmSync(file, { force: true });
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}

/** Is the page served from the prerender cache (no rendering per request)? */
async function staticCheck(url: string, p: string): Promise<string> {
  const res = await fetch(url + p, { headers: GZIP ? { "accept-encoding": "gzip" } : {} });
  const body = Buffer.from(await res.arrayBuffer());
  const cache = res.headers.get("x-nextjs-cache");
  const prerender = res.headers.get("x-nextjs-prerender");
  const manifest = path.join(process.cwd(), ".next", "prerender-manifest.json");
  const routes = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, "utf8")) as { routes: Record<string, unknown> }).routes : {};
  const prerendered = p in routes;
  const verdict = res.status === 200 && prerendered && (cache === "HIT" || prerender === "1") ? "static (prerendered, served from cache)" : "NOT static: rendered per request";
  const ascii = GZIP || body.every((b) => b < 0x80) ? "" : " · NOT ASCII: built with `npx next build`? run `npm run build` (scripts/ascii-html.ts)";
  return `${p}: ${res.status}, ${(body.length / 1000).toFixed(1)} kB${GZIP ? " gzip" : ""}, x-nextjs-cache ${cache ?? "-"}, in prerender-manifest ${prerendered ? "yes" : "no"} → ${verdict}${ascii}`;
}

type Round = { path: string; requests: number; rps: number; p50: number; p95: number; p99: number; max: number; bad: number; mbps: number; load: string };

function pct(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

function run(url: string, p: string, connections: number, seconds: number): Promise<Round> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: url + p, connections, duration: seconds, headers: GZIP ? { "accept-encoding": "gzip" } : {} }, (err, result) => {
      if (err) return reject(err);
      const sorted = Float64Array.from(latencies).sort();
      resolve({
        path: p,
        requests: result.requests.total,
        rps: result.requests.total / seconds,
        p50: pct(sorted, 50),
        p95: pct(sorted, 95),
        p99: pct(sorted, 99),
        max: sorted[sorted.length - 1] ?? Number.NaN,
        bad: result.non2xx + result.errors + result.timeouts,
        mbps: result.throughput.average / 1e6,
        load: loadavg(),
      });
    });
    instance.on("response", (_c, _s, _b, ms) => latencies.push(ms));
  });
}

const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(9);
const line = (r: Round) =>
  `  ${r.path.padEnd(22)} ${String(Math.round(r.rps)).padStart(6)} req/s  p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}  max ${ms(r.max)}  ${r.mbps.toFixed(0)} MB/s  ${r.bad ? `${r.bad} errors/non-2xx  ` : ""}load ${r.load}`;

async function main(): Promise<void> {
  const external = arg("url");
  console.log(`Lesson pages under load: ${CONNECTIONS} connections × ${SECONDS} s per page${ROUNDS > 1 ? `, ${ROUNDS} interleaved rounds` : ""}; ${os.cpus().length} CPUs, Node ${process.version}, load average ${loadavg()} at start${GZIP ? "; Accept-Encoding: gzip" : ""}`);
  const server: Server = external ? { url: external, stop: () => Promise.resolve() } : await startServer();
  try {
    console.log(`server: ${external ? external : `next start at ${server.url} (launcher, fresh database)`}`);
    for (const p of PATHS) console.log(`  ${await staticCheck(server.url, p)}`);
    for (const p of PATHS) await run(server.url, p, 10, WARMUP_SECONDS);
    const rounds: Round[][] = PATHS.map(() => []);
    for (let i = 0; i < ROUNDS; i++) {
      for (const [j, p] of PATHS.entries()) {
        const r = await run(server.url, p, CONNECTIONS, SECONDS);
        rounds[j]!.push(r);
        if (ROUNDS > 1) console.log(`round ${i + 1}${line(r)}`);
      }
    }
    console.log(ROUNDS > 1 ? "median round (by p95):" : "results:");
    const medians = rounds.map((rs) => [...rs].sort((a, b) => a.p95 - b.p95)[rs.length >> 1]!);
    for (const r of medians) console.log(line(r));
    for (const r of medians) console.log(`${r.p95 < TARGET_P95_MS ? "PASS" : "FAIL"}: ${r.path} p95 ${r.p95.toFixed(1)} ms at ${CONNECTIONS} connections (target < ${TARGET_P95_MS} ms)`);
    if (BASELINE) {
      console.log("baseline: the same page from a bare node:http server, as bytes, as a string, as a two-byte string:");
      for (const p of PATHS) {
        const body = Buffer.from(await (await fetch(server.url + p)).arrayBuffer());
        for (const mode of ["bytes", "string", "two-byte"] as const) {
          const bare = await startBareServer(body, mode);
          try {
            await run(bare.url, "/", 10, WARMUP_SECONDS);
            const r = await run(bare.url, "/", CONNECTIONS, SECONDS);
            console.log(line({ ...r, path: `${p} (bare, ${mode})` }));
          } finally {
            await bare.stop();
          }
        }
      }
    }
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
