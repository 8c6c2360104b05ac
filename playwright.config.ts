import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";

const chromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p));
const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The production build on a fresh database, seeded with content and demo accounts.
    command: `node_modules/.bin/tsx lib/db/launch.ts --fresh -- next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    // SIGTERM lets the launcher stop Next.js and then the embedded PostgreSQL it started.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: {
      SIGNIN_MAX_PER_EMAIL: "3",
      SIGNIN_MAX_PER_IP: "500",
      PRINCIPAL_TEST_CLOCK: "1",
      AUTH_URL: `http://127.0.0.1:${PORT}`,
    },
  },
});
