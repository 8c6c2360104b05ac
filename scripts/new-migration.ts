/**
 * npm run db:migration -- NAME
 *
 * Writes prisma/migrations/<timestamp>_<NAME>/migration.sql with the SQL that turns the last
 * committed prisma/schema.prisma (git HEAD) into the working copy. `prisma migrate dev` does not
 * work with driver adapters in Prisma 6, so we diff datamodels instead (see DESIGN.md).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- NAME   (NAME: lowercase letters, digits and _)");
  process.exit(2);
}

function committedSchema(): string | null {
  try {
    return execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return null;
  }
}

const previous = existsSync(path.join(root, "prisma", "migrations")) ? committedSchema() : null;
const from = previous
  ? (() => {
      const file = path.join(mkdtempSync(path.join(tmpdir(), "principal-schema-")), "schema.prisma");
      writeFileSync(file, previous);
      return ["--from-schema-datamodel", file];
    })()
  : ["--from-empty"];

const sql = execFileSync(
  path.join(root, "node_modules", ".bin", "prisma"),
  ["migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.error("prisma/schema.prisma matches the last committed schema: no migration written");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(root, "prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
const lock = path.join(root, "prisma", "migrations", "migration_lock.toml");
if (!existsSync(lock)) writeFileSync(lock, 'provider = "postgresql"\n');
console.error(`wrote ${path.relative(root, dir)}/migration.sql`);
