#!/usr/bin/env node
// `npm test`: everything CI checks, in order — lint, types, formatting, content, migration drift,
// unit, integration, build, then the browser journeys twice (embedded PGlite and real PostgreSQL).
// Ends with one line: "N passed, N failed" (tests plus the non-test checks, one each).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules/.bin", name);
const out = path.join(root, "test-results/summary");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PG_ADMIN = process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

const results = [];
let passed = 0;
let failed = 0;

function run(cmd, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function step(name, fn) {
  const started = Date.now();
  console.log(`\n━━ ${name} ━━`);
  const r = await fn();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name, ...r, seconds });
  passed += r.passed;
  failed += r.failed;
  console.log(`━━ ${name}: ${r.note ?? (r.failed ? "FAILED" : "ok")} (${seconds}s)`);
}

const check = (code) => (code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

function vitestCounts(file, code) {
  try {
    const report = JSON.parse(readFileSync(file, "utf8"));
    const f = report.numFailedTests + (code !== 0 && report.numFailedTests === 0 ? 1 : 0);
    return { passed: report.numPassedTests, failed: f, note: `${report.numPassedTests} passed, ${f} failed` };
  } catch {
    return { passed: 0, failed: 1, note: "no report (runner crashed)" };
  }
}

function playwrightCounts(file, code) {
  try {
    const { stats } = JSON.parse(readFileSync(file, "utf8"));
    const f = stats.unexpected + stats.flaky + (code !== 0 && stats.unexpected === 0 ? 1 : 0);
    return {
      passed: stats.expected,
      failed: f,
      note: `${stats.expected} passed, ${f} failed${stats.skipped ? `, ${stats.skipped} skipped` : ""}`,
    };
  } catch {
    return { passed: 0, failed: 1, note: "no report (runner crashed)" };
  }
}

function reachable(url) {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s = net.connect({ host: u.hostname, port: Number(u.port || 5432) });
    const done = (ok) => (s.destroy(), resolve(ok));
    s.setTimeout(1500, () => done(false));
    s.once("connect", () => done(true));
    s.once("error", () => done(false));
  });
}

async function psql(sql) {
  const { default: postgres } = await import("postgres");
  const db = postgres(PG_ADMIN, { max: 1, onnotice: () => {} });
  try {
    await db.unsafe(sql);
  } finally {
    await db.end();
  }
}

// ── what the tests need on a fresh machine ──
if (!existsSync(CHROMIUM)) {
  const canApt = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canApt) {
    console.error(
      `✖ The browser tests need Debian's Chromium at ${CHROMIUM}. Install it with:\n\n    sudo apt-get update && sudo apt-get install -y chromium\n`,
    );
    process.exit(1);
  }
  console.log("▶ installing Debian's chromium for the browser tests…");
  const code = await run("sh", [
    "-c",
    "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium",
  ]);
  if (code !== 0 || !existsSync(CHROMIUM)) {
    console.error("✖ could not install chromium with apt-get");
    process.exit(1);
  }
}
const pgUp = await reachable(PG_ADMIN);

await step("lint", async () => check(await run(bin("eslint"), ["--max-warnings=0", "."])));
await step("typecheck", async () => check(await run(bin("tsc"), ["--noEmit"])));
await step("format", async () => check(await run(bin("prettier"), ["--check", "--log-level=warn", "."])));
await step("content:check", async () => check(await run(bin("tsx"), ["scripts/content-check.ts"])));
await step("migration drift", async () => {
  if (!pgUp)
    return { passed: 0, failed: 0, note: "skipped: needs a PostgreSQL server for its shadow database" };
  return check(await run(process.execPath, ["scripts/check-drift.mjs"], { DATABASE_URL: PG_ADMIN }));
});
await step("unit tests", async () => {
  const file = path.join(out, "unit.json");
  const code = await run(bin("vitest"), [
    "run",
    "--project",
    "unit",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${file}`,
  ]);
  return vitestCounts(file, code);
});
await step(`integration tests (${pgUp ? "PostgreSQL" : "PGlite"})`, async () => {
  const file = path.join(out, "integration.json");
  const code = await run(
    bin("vitest"),
    ["run", "--project", "integration", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`],
    pgUp ? {} : { TEST_DATABASE: "pglite" },
  );
  return vitestCounts(file, code);
});
// `npm run build`: next build, then the production server the browser tests run against (dist/server.mjs).
await step("build", async () => check(await run("npm", ["run", "build"])));

const built = results.at(-1)?.failed === 0;
await step("e2e on embedded PGlite", async () => {
  if (!built) return { passed: 0, failed: 1, note: "not run: the build failed" };
  const file = path.join(out, "e2e-pglite.json");
  return playwrightCounts(file, await run(bin("playwright"), ["test"], { PW_JSON_OUTPUT: file }));
});
await step("e2e on PostgreSQL", async () => {
  if (!built) return { passed: 0, failed: 1, note: "not run: the build failed" };
  if (!pgUp) return { passed: 0, failed: 0, note: "skipped: no PostgreSQL server reachable" };
  const name = `e2e_${Date.now()}`;
  await psql(`CREATE DATABASE "${name}"`);
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  const file = path.join(out, "e2e-postgres.json");
  try {
    return playwrightCounts(
      file,
      await run(bin("playwright"), ["test"], {
        PW_JSON_OUTPUT: file,
        E2E_DATABASE_URL: url.toString(),
        E2E_PORT: "3101",
      }),
    );
  } finally {
    await psql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
});

console.log("\nSummary");
for (const r of results)
  console.log(
    `  ${r.failed ? "✖" : "✔"} ${r.name.padEnd(34)} ${(r.note ?? (r.failed ? "failed" : "ok")).padEnd(40)} ${r.seconds}s`,
  );
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
