#!/usr/bin/env node
// bench/exam-load — N simulated takers against `next start` on real PostgreSQL over loopback.
// Each taker signs in, waits for a synchronized start, starts an exam, answers every item after a
// think time of 30–90 s scaled by --time-factor, and submits. Prints start rate, autosave latency,
// errors and lost answers (what the database holds vs what was sent), then measures the same
// upserts through a raw connection pool as a same-run baseline. Loopback only; bounded in time.
// The load generator shares the cores with the server, so it speaks plain node:http over keep-alive
// connections (fetch cost it more than twice the CPU per request); every reply is read in full.
//
//   npm run build && node bench/exam-load.mjs --takers 1000 --time-factor 0.004 --kind quick
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import postgres from "postgres";

const root = path.resolve(import.meta.dirname, "..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const TAKERS = Number(arg("takers", 200));
const TIME_FACTOR = Number(arg("time-factor", 0.004));
const KIND = arg("kind", "simulated");
const CERT = arg("certification", "ciip");
const MAX_SECONDS = Number(arg("max-seconds", 600));
const PORT = Number(arg("port", 3200));
const ADMIN = process.env.BENCH_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const BASE = `http://127.0.0.1:${PORT}`;
const SECRET = "bench-secret-not-for-production-0123456789abcdef";
const PASSWORD = "bench-password-123";

if (!["127.0.0.1", "localhost", "::1"].includes(new URL(ADMIN).hostname))
  throw new Error("bench runs against a local database only");

const deadline = Date.now() + MAX_SECONDS * 1000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// Idle connections are dropped after 4 s, before the server's 5 s keep-alive timeout closes them:
// reusing a socket the server is closing at that moment fails with ECONNRESET (browsers retry those).
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity, timeout: 4000 });

/** One HTTP exchange, reply read in full. Rejects only when the connection fails. */
function request(method, pathname, { headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(`${BASE}${pathname}`, { method, headers, agent }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({
          status: res.statusCode,
          ok: res.statusCode >= 200 && res.statusCode < 300,
          headers: res.headers,
          text,
        });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}
const pct = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
const ms = (n) => `${n.toFixed(1)} ms`;

// ── fresh database and server ──
const dbName = `bench_${Date.now()}`;
const admin = postgres(ADMIN, { max: 1, onnotice: () => {} });
await admin.unsafe(`CREATE DATABASE "${dbName}"`);
const dbUrl = new URL(ADMIN);
dbUrl.pathname = `/${dbName}`;
console.log(`▶ database ${dbName}; starting next start on :${PORT} (migrations + content import)…`);
const server = spawn(
  process.execPath,
  [path.join(root, "scripts/with-db.mjs"), "serve", "-H", "127.0.0.1", "-p", String(PORT)],
  {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: dbUrl.toString(),
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: BASE,
      TRUST_PROXY: "1",
      DB_POOL_MAX: process.env.DB_POOL_MAX ?? "20",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "ignore", "inherit"],
  },
);
let cleaned = false;
async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  server.kill("SIGTERM");
  await new Promise((r) => server.once("exit", r));
  await sql.end().catch(() => {});
  await admin.unsafe(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => {});
  await admin.end();
}
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));

for (;;) {
  if (Date.now() > deadline) throw new Error("server did not become healthy");
  const ok = await request("GET", "/api/health")
    .then((r) => r.ok)
    .catch(() => false);
  if (ok) break;
  await sleep(500);
}
const sql = postgres(dbUrl.toString(), { max: 4, onnotice: () => {} });

// ── takers ──
const passwordHash = await hash(PASSWORD);
const users = Array.from({ length: TAKERS }, (_, i) => ({
  id: `bench${i}_${randomUUID().slice(0, 8)}`,
  email: `taker${i}@bench.test`,
  ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
}));
await sql`INSERT INTO "User" ${sql(users.map((u) => ({ id: u.id, email: u.email, name: "Bench Taker", passwordHash, updatedAt: new Date() })))}`;

function cookieFrom(res, jar) {
  for (const c of res.headers["set-cookie"] ?? []) {
    const [pair] = c.split(";");
    const [k, v] = pair.split("=");
    jar.set(k, v);
  }
}
const cookieHeader = (jar) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

async function signIn(u) {
  const jar = new Map();
  const csrf = await request("GET", "/api/auth/csrf", { headers: { "x-forwarded-for": u.ip } });
  cookieFrom(csrf, jar);
  const { csrfToken } = JSON.parse(csrf.text);
  const res = await request("POST", "/api/auth/callback/credentials", {
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookieHeader(jar),
      "x-forwarded-for": u.ip,
    },
    body: new URLSearchParams({ csrfToken, email: u.email, password: PASSWORD, json: "true" }).toString(),
  });
  cookieFrom(res, jar);
  if (!jar.has("next-auth.session-token")) throw new Error(`sign-in failed for ${u.email}: ${res.status}`);
  return jar;
}

const stats = {
  signInMs: [],
  startMs: [],
  saveMs: [],
  saveAt: [],
  submitMs: [],
  errors: [],
  sent: new Map(),
  attempts: [],
  startRetries: 0,
};
const note = (where, e) =>
  stats.errors.length < 50 && stats.errors.push(`${where}: ${e instanceof Error ? e.message : e}`);

console.log(`▶ signing in ${TAKERS} takers…`);
const sessions = [];
for (let i = 0; i < TAKERS; i += 25) {
  const batch = users.slice(i, i + 25);
  sessions.push(
    ...(await Promise.all(
      batch.map(async (u) => {
        const t = performance.now();
        try {
          const jar = await signIn(u);
          stats.signInMs.push(performance.now() - t);
          return { u, jar };
        } catch (e) {
          note("sign-in", e);
          return null;
        }
      }),
    )),
  );
}

async function takeExam({ u, jar }, barrier) {
  await barrier;
  const headers = { "content-type": "application/json", cookie: cookieHeader(jar), origin: BASE };
  let t = performance.now();
  // A refused connection (the listen backlog overflows when every taker starts at once) is retried
  // the way a browser user would press Start again; retries are counted and reported.
  let start = null;
  for (let attempt = 0; attempt < 4 && !start; attempt += 1) {
    if (attempt) {
      stats.startRetries += 1;
      await sleep(250 * 2 ** attempt);
    }
    start = await request("POST", "/api/attempts", {
      headers,
      body: JSON.stringify({ certification: CERT, kind: KIND }),
    }).catch(() => null);
  }
  if (!start) return note("start", "connection failed after 4 tries");
  if (!start.ok) return note("start", `${start.status} ${start.text}`);
  const { id, itemCount } = JSON.parse(start.text);
  stats.startMs.push(performance.now() - t);
  stats.attempts.push({ id, itemCount, headers });
  for (let position = 0; position < itemCount && Date.now() < deadline; position += 1) {
    await sleep((30_000 + Math.random() * 60_000) * TIME_FACTOR);
    const selectedOption = Math.floor(Math.random() * 4);
    t = performance.now();
    try {
      const res = await request("POST", `/api/attempts/${id}/answers`, {
        headers,
        body: JSON.stringify({ position, seq: 1, selectedOption }),
      });
      if (!res.ok) note("save", `${res.status} ${res.text}`);
      else stats.sent.set(`${id}:${position}`, selectedOption);
    } catch (e) {
      note("save", e);
    }
    stats.saveMs.push(performance.now() - t);
    stats.saveAt.push(t);
  }
  t = performance.now();
  const done = await request("POST", `/api/attempts/${id}/submit`, { headers, body: "{}" }).catch(() => null);
  if (!done?.ok) note("submit", done?.status ?? "connection failed");
  stats.submitMs.push(performance.now() - t);
}

console.log(
  `▶ ${sessions.filter(Boolean).length} signed in; synchronized start of ${KIND} exams (think time ×${TIME_FACTOR})…`,
);
let release;
const barrier = new Promise((r) => (release = r));
const runs = sessions.filter(Boolean).map((s) => takeExam(s, barrier));
const t0 = performance.now();
release();
await Promise.all(runs);
const wall = (performance.now() - t0) / 1000;

// ── saturation: 64 clients saving back-to-back (no think time) into fresh attempts ──
const SAT_CLIENTS = Math.min(64, sessions.filter(Boolean).length);
const SAT_SAVES = Number(arg("saturation-saves", 30000));
const satAttempts = [];
for (const s of sessions.filter(Boolean).slice(0, SAT_CLIENTS)) {
  const headers = { "content-type": "application/json", cookie: cookieHeader(s.jar), origin: BASE };
  const res = await request("POST", "/api/attempts", {
    headers,
    body: JSON.stringify({ certification: CERT, kind: "simulated" }),
  });
  if (res.ok) satAttempts.push({ ...JSON.parse(res.text), headers, seq: 0 });
  else note("saturation start", res.status);
}
const satMs = [];
let satIssued = 0;
const ts = performance.now();
await Promise.all(
  satAttempts.map(async (a) => {
    while (satIssued < SAT_SAVES) {
      satIssued += 1;
      a.seq += 1;
      const position = a.seq % a.itemCount;
      const selectedOption = a.seq % 4;
      const t = performance.now();
      const res = await request("POST", `/api/attempts/${a.id}/answers`, {
        headers: a.headers,
        body: JSON.stringify({ position, seq: a.seq, selectedOption }),
      }).catch((e) => (note("saturation", e), null));
      if (res && !res.ok) note("saturation", res.status);
      else if (res) stats.sent.set(`${a.id}:${position}`, selectedOption);
      satMs.push(performance.now() - t);
    }
  }),
);
const satSeconds = (performance.now() - ts) / 1000;

// ── lost answers: what the database holds against what the server acknowledged ──
const rows =
  await sql`SELECT "attemptId", position, "selectedOption" FROM "AttemptItem" WHERE "selectedOption" IS NOT NULL`;
const held = new Map(rows.map((r) => [`${r.attemptId}:${r.position}`, r.selectedOption]));
let lost = 0;
for (const [k, v] of stats.sent) if (held.get(k) !== v) lost += 1;

// ── baseline: the same conditional upserts through a raw 20-connection pool ──
const items =
  await sql`SELECT "attemptId", position FROM "AttemptItem" LIMIT ${Math.max(2000, stats.sent.size)}`;
const raw = postgres(dbUrl.toString(), { max: 20, onnotice: () => {} });
const rawMs = [];
let next = 0;
const tb = performance.now();
await Promise.all(
  Array.from({ length: 20 }, async () => {
    while (next < items.length) {
      const it = items[next++];
      const t = performance.now();
      await raw`UPDATE "AttemptItem" SET "selectedOption" = ${next % 4}, "isCorrect" = false, "answeredAt" = now(), "clientSeq" = 2, "updatedAt" = now()
                WHERE "attemptId" = ${it.attemptId} AND position = ${it.position} AND "clientSeq" < 2`;
      rawMs.push(performance.now() - t);
    }
  }),
);
const rawSeconds = (performance.now() - tb) / 1000;
await raw.end();

const save = [...stats.saveMs].sort((a, b) => a - b);
// Saves sent after the last exam had started: the steady state, without the start burst's queue.
const burstEnd = t0 + Math.max(...stats.startMs, 0);
const steady = stats.saveMs.filter((_, i) => stats.saveAt[i] >= burstEnd).sort((a, b) => a - b);
const rawSorted = rawMs.sort((a, b) => a - b);
const fullStackRate = save.length / wall;
const result = {
  takers: TAKERS,
  kind: KIND,
  timeFactor: TIME_FACTOR,
  signedIn: stats.signInMs.length,
  started: stats.startMs.length,
  startsPerSecond: stats.startMs.length / (Math.max(...stats.startMs, 1) / 1000),
  startP50Ms: pct(
    [...stats.startMs].sort((a, b) => a - b),
    50,
  ),
  startP95Ms: pct(
    [...stats.startMs].sort((a, b) => a - b),
    95,
  ),
  startRetries: stats.startRetries,
  autosaves: save.length,
  autosaveP50Ms: pct(save, 50),
  autosaveP95Ms: pct(save, 95),
  autosaveP99Ms: pct(save, 99),
  autosavesPerSecond: fullStackRate,
  steadyAutosaves: steady.length,
  steadyP50Ms: pct(steady, 50),
  steadyP95Ms: pct(steady, 95),
  steadyP99Ms: pct(steady, 99),
  errors: stats.errors.length,
  lostAnswers: lost,
  wallSeconds: wall,
  baselineUpserts: rawMs.length,
  baselinePerSecond: rawMs.length / rawSeconds,
  baselineP95Ms: pct(rawSorted, 95),
  saturationClients: satAttempts.length,
  saturationSaves: satMs.length,
  saturationPerSecond: satMs.length / satSeconds,
  saturationP95Ms: pct(
    [...satMs].sort((a, b) => a - b),
    95,
  ),
};
result.ratioToBaseline = result.saturationPerSecond / result.baselinePerSecond;
console.log(`
exam-load: ${TAKERS} takers, ${KIND} exam, think time ×${TIME_FACTOR} (wall ${wall.toFixed(1)} s)
  signed in             ${result.signedIn}/${TAKERS}
  exams started         ${result.started} (${result.startsPerSecond.toFixed(1)} starts/s, p50 ${ms(result.startP50Ms)}, p95 ${ms(result.startP95Ms)}, ${result.startRetries} reconnects)
  autosaves             ${result.autosaves}  p50 ${ms(result.autosaveP50Ms)}  p95 ${ms(result.autosaveP95Ms)}  p99 ${ms(result.autosaveP99Ms)}
    after the start burst ${result.steadyAutosaves}  p50 ${ms(result.steadyP50Ms)}  p95 ${ms(result.steadyP95Ms)}  p99 ${ms(result.steadyP99Ms)}
  autosave throughput   ${fullStackRate.toFixed(0)}/s offered by the takers' think time
  errors                ${result.errors}${stats.errors.length ? `\n    ${stats.errors.slice(0, 5).join("\n    ")}` : ""}
  lost answers          ${lost}
  saturated autosaves   ${result.saturationPerSecond.toFixed(0)}/s from ${result.saturationClients} clients, no think time (p95 ${ms(result.saturationP95Ms)})
  raw pg baseline       ${result.baselinePerSecond.toFixed(0)} upserts/s with 20 connections (p95 ${ms(result.baselineP95Ms)})
  full stack / raw      ${(result.ratioToBaseline * 100).toFixed(1)}%`);
mkdirSync(path.join(root, "bench/results"), { recursive: true });
writeFileSync(path.join(root, `bench/results/exam-load-${Date.now()}.json`), JSON.stringify(result, null, 2));
await cleanup();
