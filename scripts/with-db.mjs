#!/usr/bin/env node
// Runs the app against a migrated, content-loaded database: `next dev …` (development) or
// `serve …` (the production server, dist/server.mjs from `npm run build`).
// With DATABASE_URL set: that PostgreSQL. Without: embedded PostgreSQL (PGlite) kept in
// PGLITE_DIR (default .pglite; "memory://" for a throwaway one), served on a local socket.
// Spawns node binaries directly so signals reach next-server (docs/decisions/0002).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const entry = {
  next: path.join(root, "node_modules/next/dist/bin/next"),
  serve: path.join(root, "dist/server.mjs"),
}[args[0]];
if (!entry) {
  console.error("usage: node scripts/with-db.mjs next dev [options] | serve [-H host] [-p port]");
  process.exit(2);
}
if (args[0] === "serve" && !existsSync(entry)) {
  console.error("✖ dist/server.mjs is missing: run `npm run build` first.");
  process.exit(1);
}

process.env.NEXT_TELEMETRY_DISABLED = "1";
const portIndex = args.findIndex((a) => a === "-p" || a === "--port");
const port = process.env.PORT ?? (portIndex >= 0 ? args[portIndex + 1] : "3000");
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

// A stable local secret so sessions survive restarts; production deployments set their own.
if (!process.env.NEXTAUTH_SECRET) {
  const file = path.join(root, ".auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
}

let pglite;
if (!process.env.DATABASE_URL) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const { keepExtendedQueriesTogether } = await import("./pglite-queue.mjs");
  const dir = process.env.PGLITE_DIR ?? path.join(root, ".pglite");
  if (!dir.startsWith("memory://")) mkdirSync(dir, { recursive: true });
  const db = await PGlite.create(dir);
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: Number(process.env.PGLITE_PORT ?? 0),
    maxConnections: 40,
  });
  keepExtendedQueriesTogether(server);
  await server.start();
  pglite = { db, server };
  process.env.DATABASE_URL = `postgresql://postgres:postgres@${server.getServerConn()}/postgres`;
  process.env.PGLITE_SOCKET = "1"; // tells raw-SQL clients not to use named prepared statements
  console.log(`▶ embedded PostgreSQL (PGlite) in ${dir}`);
} else {
  console.log(`▶ PostgreSQL at ${new URL(process.env.DATABASE_URL).host}`);
}

// Never spawnSync here: PGlite serves from this process's event loop.
function run(file, argv, { quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [file, ...argv], {
      cwd: root,
      stdio: quiet ? "pipe" : "inherit",
      env: process.env,
    });
    let out = "";
    child.stdout?.on("data", (d) => (out += d));
    child.stderr?.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code: code ?? 1, out }));
  });
}

async function stopDb() {
  if (!pglite) return;
  await pglite.server.stop().catch(() => {});
  await pglite.db.close().catch(() => {});
}

const prismaCli = path.join(root, "node_modules/prisma/build/index.js");
// `migrate status` answers in ~2 s; `deploy` lingers ~10 s, so only deploy when something is pending.
const status = await run(prismaCli, ["migrate", "status"], { quiet: true });
if (status.code !== 0) {
  console.log("▶ applying database migrations…");
  const deploy = await run(prismaCli, ["migrate", "deploy"]);
  if (deploy.code !== 0) {
    await stopDb();
    process.exit(deploy.code);
  }
}

// Load the question bank when it changed since the last import (idempotent, one transaction).
if (process.env.SKIP_CONTENT_IMPORT !== "1" && existsSync(path.join(root, "scripts/content-import.ts"))) {
  const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
  const imported = await run(tsx, [
    "--conditions=react-server",
    path.join(root, "scripts/content-import.ts"),
    "--if-changed",
  ]);
  if (imported.code !== 0) {
    console.error("✖ content import failed; fix the bank (npm run content:check) and start again.");
    await stopDb();
    process.exit(imported.code);
  }
}

const app = spawn(process.execPath, [entry, ...args.slice(1)], {
  cwd: root,
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => app.kill(signal));
app.on("exit", async (code, signal) => {
  await stopDb();
  process.exit(code ?? (signal ? 0 : 1));
});
