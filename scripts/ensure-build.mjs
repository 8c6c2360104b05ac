// prestart: builds the app when there is no production build or the sources changed since.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const buildId = path.join(root, ".next", "BUILD_ID");
const SOURCES = ["app", "lib", "content", "public", "proxy.ts", "next.config.js", "package.json", "prisma/schema.prisma"];
const SKIP = new Set(["node_modules", ".next", "generated", ".data"]);

function newest(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (!SKIP.has(entry)) latest = Math.max(latest, newest(path.join(target, entry)));
  }
  return latest;
}

const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const changed = Math.max(...SOURCES.map((s) => newest(path.join(root, s))));
if (built && changed <= built) process.exit(0);
console.error(built ? "[principal] sources changed since the last build: building…" : "[principal] no production build yet: building (about a minute)…");
execFileSync("npm", ["run", "-s", "build"], { cwd: root, stdio: "inherit" });
