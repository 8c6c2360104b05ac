// Makes sure a Chromium for Playwright exists: CHROMIUM_PATH, else /usr/bin/chromium. When none
// is found and we are root on Debian/Ubuntu, installs Debian's chromium package with apt.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
  return candidates.find((p) => existsSync(p)) ?? null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (findChromium()) process.exit(0);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt) {
    console.error("[principal] no Chromium found: installing Debian's chromium package with apt-get…");
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
    if (findChromium()) process.exit(0);
  }
  console.error(
    "[principal] end-to-end tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) " +
      "or set CHROMIUM_PATH to a Chromium or Chrome binary. Playwright's own browser download is not used.",
  );
  process.exit(1);
}
