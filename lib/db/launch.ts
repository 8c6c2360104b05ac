/**
 * The one launcher: ensures a database (embedded PostgreSQL when DATABASE_URL is unset), applies
 * migrations, seeds content and demo accounts, then runs the given command with DATABASE_URL set.
 *
 *   tsx lib/db/launch.ts [--fresh [--durable]] [--no-seed] -- COMMAND [ARGS...]
 *
 * --fresh gives the command a new, empty database that is dropped afterwards (integration tests),
 * in the test cluster, which runs with fsync off. --durable puts that database in the app's own
 * cluster instead, with the settings `npm start` uses (benchmarks).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, appendFileSync } from "node:fs";
import path from "node:path";
import nextEnv from "@next/env";
import pg from "pg";
import { parseEnv } from "../env";
import { startEmbedded, type EmbeddedHandle } from "./embedded";
import { runMigrations } from "./migrate";
import { seedDatabase, assertNoDemoPasswordsInProduction } from "../../prisma/seed";

const root = path.resolve(import.meta.dirname, "../..");
const started = Date.now();
const log = (line: string) => console.error(`[principal] ${((Date.now() - started) / 1000).toFixed(1)}s ${line}`);

type Options = { fresh: boolean; durable: boolean; seed: boolean; command: string[] };

function parseArgs(argv: string[]): Options {
  const split = argv.indexOf("--");
  const flags = split === -1 ? argv : argv.slice(0, split);
  const command = split === -1 ? [] : argv.slice(split + 1);
  for (const flag of flags) {
    if (!["--fresh", "--durable", "--no-seed"].includes(flag)) throw new Error(`unknown launcher option \`${flag}\``);
  }
  const fresh = flags.includes("--fresh");
  return { fresh, durable: !fresh || flags.includes("--durable"), seed: !flags.includes("--no-seed"), command };
}

/** AUTH_SECRET for the embedded database only: generated once into .env.local. */
function ensureLocalAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(root, ".env.local");
  const existing = existsSync(file) ? readFileSync(file, "utf8") : "";
  const match = /^AUTH_SECRET=(.+)$/m.exec(existing);
  const secret = match?.[1] ?? randomBytes(33).toString("base64");
  if (!match) {
    appendFileSync(file, `${existing && !existing.endsWith("\n") ? "\n" : ""}AUTH_SECRET=${secret}\n`);
    log("generated AUTH_SECRET into .env.local");
  }
  process.env.AUTH_SECRET = secret;
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, async (c) => {
    const found = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await c.query(`CREATE DATABASE "${name}"`);
  });
}

type Target = { url: string; cleanup: () => Promise<void>; embedded: EmbeddedHandle | null };

async function prepareDatabase(options: Options, external: string | undefined): Promise<Target> {
  let embedded: EmbeddedHandle | null = null;
  let adminUrl: string;
  let baseName: string;
  if (external) {
    adminUrl = databaseUrlFor(external, "postgres");
    baseName = new URL(external).pathname.slice(1) || "postgres";
  } else {
    const dir = path.join(root, ".data", options.durable ? "postgres" : "postgres-test");
    embedded = await startEmbedded(dir, log, { durable: options.durable });
    adminUrl = embedded.url("postgres");
    baseName = "principal";
  }
  if (!options.fresh) {
    if (embedded) await ensureDatabase(adminUrl, baseName);
    const url = external ?? embedded!.url(baseName);
    return { url, embedded, cleanup: async () => embedded?.stop() };
  }
  const name = `principal_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await ensureDatabase(adminUrl, name);
  log(`fresh database ${name}`);
  return {
    url: databaseUrlFor(external ?? adminUrl, name),
    embedded,
    cleanup: async () => {
      await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).catch((e: unknown) =>
        log(`could not drop ${name}: ${String(e)}`),
      );
      await embedded?.stop();
    },
  };
}

function runCommand(command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const [cmd, ...args] = command;
  if (!cmd) return Promise.resolve(0);
  const bin = path.join(root, "node_modules", ".bin");
  const child = spawn(cmd, args, {
    stdio: "inherit",
    env: { ...env, PATH: `${bin}${path.delimiter}${env.PATH ?? ""}` },
  });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on("SIGINT", forward("SIGINT"));
  process.on("SIGTERM", forward("SIGTERM"));
  return new Promise((resolve) => {
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", (error) => {
      log(`could not run \`${cmd}\`: ${error.message}`);
      resolve(127);
    });
  });
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  nextEnv.loadEnvConfig(root, process.env.NODE_ENV !== "production", { info: () => undefined, error: console.error });
  const external = process.env.DATABASE_URL || undefined;
  if (!external) {
    process.env.PRINCIPAL_EMBEDDED_DB = "1";
    ensureLocalAuthSecret();
  }
  const env = parseEnv(process.env);
  if (external && !env.AUTH_SECRET) {
    throw new Error("Invalid environment:\n  AUTH_SECRET: required with DATABASE_URL (every app instance must share it)");
  }
  const target = await prepareDatabase(options, external);
  let code = 1;
  try {
    log(`migrations ${await runMigrations(target.url, root)}`);
    if (options.seed) {
      const seeded = await seedDatabase(target.url, { demo: !external || env.SEED_DEMO, adminEmail: env.ADMIN_EMAIL });
      log(seeded);
    }
    if (env.NODE_ENV === "production" && external) await assertNoDemoPasswordsInProduction(target.url);
    log("database ready");
    code = await runCommand(options.command, { ...process.env, DATABASE_URL: target.url });
  } finally {
    await target.cleanup();
  }
  process.exit(code);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
