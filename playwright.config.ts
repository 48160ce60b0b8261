import { defineConfig } from "@playwright/test";
import { E2E } from "./e2e/env";

// One server per run: embedded PGlite by default, or the PostgreSQL in E2E_DATABASE_URL
// (scripts/test-all.mjs runs both). Debian's Chromium, never a downloaded browser.
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PW_JSON_OUTPUT
    ? [["list"], ["json", { outputFile: process.env.PW_JSON_OUTPUT }]]
    : "list",
  use: {
    baseURL: E2E.baseUrl,
    browserName: "chromium",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
      ],
    },
  },
  webServer: {
    command: `node scripts/with-db.mjs serve -H 127.0.0.1 -p ${E2E.port}`,
    url: `${E2E.baseUrl}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NEXTAUTH_URL: E2E.baseUrl,
      NEXTAUTH_SECRET: E2E.secret,
      NEXT_TELEMETRY_DISABLED: "1",
      ...(E2E.databaseUrl
        ? { DATABASE_URL: E2E.databaseUrl }
        : { PGLITE_DIR: "memory://", PGLITE_PORT: String(E2E.pglitePort) }),
    },
  },
});
