import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

type Applied = { migration_name: string; checksum: string };

/** Committed migrations as Prisma records them: directory name and sha256 of migration.sql. */
function committedMigrations(root: string): Applied[] {
  const dir = path.join(root, "prisma", "migrations");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => ({
      migration_name: d.name,
      checksum: createHash("sha256").update(readFileSync(path.join(dir, d.name, "migration.sql"))).digest("hex"),
    }));
}

/** True when every committed migration is recorded as finished with the same checksum. */
async function upToDate(url: string, root: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query("SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present");
    if (!(table.rows[0] as { present: boolean }).present) return false;
    const rows = await client.query<Applied>(
      "SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const applied = new Map(rows.rows.map((r) => [r.migration_name, r.checksum]));
    return committedMigrations(root).every((m) => applied.get(m.migration_name) === m.checksum);
  } finally {
    await client.end();
  }
}

/**
 * Applies committed migrations with `prisma migrate deploy` (JS schema engine, see
 * prisma.config.ts). Skips the CLI when the database already has every migration: the CLI
 * lingers about ten seconds before exiting, which every start would otherwise pay.
 */
export async function runMigrations(url: string, root: string): Promise<"applied" | "up-to-date"> {
  if (await upToDate(url, root)) return "up-to-date";
  const prisma = path.join(root, "node_modules", ".bin", "prisma");
  await new Promise<void>((resolve, reject) => {
    let output = "";
    const child = spawn(prisma, ["migrate", "deploy"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
    });
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed (exit ${code}):\n${output}`)),
    );
  });
  return "applied";
}
