// bench/dashboard — the dashboard's server time for one learner with 5,000 and 50,000 answers.
//
// Seeds each learner through the real recording path (attempts finished by finalizeAttempt, which
// keeps the mastery/activity/review rollups), then times getDashboard() — everything the dashboard
// page reads and computes — and, as the same-run baseline, the raw SQL of its main aggregate done
// the naive way: recency-weighted correct/total per topic over every answer the learner gave.
// Real PostgreSQL on loopback only; a fresh database per run, dropped at the end.
//
//   npm run bench:dashboard [-- --sizes 5000,50000 --runs 200]
import { spawnSync } from "node:child_process";
import path from "node:path";
import postgres from "postgres";

const root = path.resolve(import.meta.dirname, "..");
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const SIZES = arg("sizes", "5000,50000").split(",").map(Number);
const RUNS = Number(arg("runs", "200"));
const ADMIN = process.env.BENCH_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
if (!["127.0.0.1", "localhost", "::1"].includes(new URL(ADMIN).hostname))
  throw new Error("bench runs against a local database only");

const dbName = `bench_dash_${Date.now()}`;
const admin = postgres(ADMIN, { max: 1, onnotice: () => {} });
await admin.unsafe(`CREATE DATABASE "${dbName}"`);
const url = new URL(ADMIN);
url.pathname = `/${dbName}`;
process.env.DATABASE_URL = url.toString();

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
async function time(fn: () => Promise<unknown>) {
  for (let i = 0; i < 20; i += 1) await fn(); // warm caches and the JIT
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { p50: pct(samples, 50), p95: pct(samples, 95) };
}

try {
  console.log(`▶ database ${dbName}: migrating and importing the question bank…`);
  const migrate = spawnSync(
    process.execPath,
    [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"],
    {
      cwd: root,
      env: process.env,
      stdio: "pipe",
    },
  );
  if (migrate.status !== 0) throw new Error(`migrate deploy failed:\n${migrate.stderr.toString()}`);
  const { checkBank } = await import("../lib/content/check");
  const { bankHash } = await import("../lib/content/bank-hash");
  const { importBank } = await import("../lib/server/content-import");
  const { db } = await import("../lib/server/db");
  const { sql } = await import("../lib/server/sql");
  const { createAttempt, finalizeAttempt } = await import("../lib/server/attempts");
  const { getDashboard } = await import("../lib/server/progress");
  const questions = path.join(root, "questions");
  const bank = checkBank(questions);
  await importBank(db(), bank.bank!, bankHash(questions, bank.files));

  const cert = await db().certification.findUniqueOrThrow({ where: { slug: "ciip" }, select: { id: true } });
  const pool = await sql()<
    { questionId: string; versionId: string; domainId: string; n: number; fixedOrder: boolean }[]
  >`
    SELECT DISTINCT ON (q.id) q.id AS "questionId", qv.id AS "versionId", dt."domainId", cardinality(qv."optionTexts") AS n, qv."fixedOrder"
    FROM "Question" q JOIN "QuestionVersion" qv ON qv.id = q."currentVersionId"
    JOIN "QuestionCertification" qc ON qc."questionId" = q.id AND qc."certificationId" = ${cert.id}
    JOIN "DomainTopic" dt ON dt."topicId" = q."topicId" JOIN "Domain" d ON d.id = dt."domainId" AND d."certificationId" = ${cert.id}
    WHERE q.status = 'ACTIVE'`;

  const rows: string[] = [];
  for (const size of SIZES) {
    const started = performance.now();
    const user = await db().user.create({
      data: {
        email: `bench.${size}.${Date.now()}@example.test`,
        name: "Bench Learner",
        passwordHash: "x",
        targetCertificationSlug: "ciip",
        examDate: new Date(Date.now() + 42 * 86_400_000),
      },
      select: { id: true },
    });
    // Attempts of 100 items over the last 180 days; each learner is right about 70% of the time.
    const perAttempt = 100;
    for (let done = 0, a = 0; done < size; done += perAttempt, a += 1) {
      const n = Math.min(perAttempt, size - done);
      const slots = [...pool]
        .sort(() => Math.random() - 0.5)
        .slice(0, n)
        .map((p) => ({
          questionId: p.questionId,
          versionId: p.versionId,
          domainId: p.domainId,
          fixedOrder: p.fixedOrder,
          optionCount: p.n,
        }));
      const attempt = await createAttempt(
        user.id,
        {
          mode: "EXAM",
          immediateFeedback: false,
          certificationId: cert.id,
          title: "Bench",
          seed: `${a}`,
          config: { kind: "custom" },
          timeLimitSeconds: null,
        },
        slots,
      );
      const at = new Date(Date.now() - (1 - done / size) * 180 * 86_400_000);
      await sql()`
        UPDATE "AttemptItem" ai SET "selectedOption" = CASE WHEN random() < 0.7 THEN qv."correctOption" ELSE (qv."correctOption" + 1) % cardinality(qv."optionTexts") END,
          "answeredAt" = ${at}, "timeSpentMs" = 40000
        FROM "QuestionVersion" qv WHERE ai."attemptId" = ${attempt.id} AND qv.id = ai."questionVersionId"`;
      await sql()`
        UPDATE "AttemptItem" ai SET "isCorrect" = ai."selectedOption" = qv."correctOption"
        FROM "QuestionVersion" qv WHERE ai."attemptId" = ${attempt.id} AND qv.id = ai."questionVersionId"`;
      await finalizeAttempt(attempt.id, "SUBMITTED", at);
    }
    const seeded = (performance.now() - started) / 1000;

    const dashboard = await time(() => getDashboard(user.id));
    const baseline = await time(
      () => sql()`
        SELECT q."topicId", sum(CASE WHEN ai."isCorrect" THEN w ELSE 0 END) AS wc, sum(w) AS wt
        FROM "AttemptItem" ai
        JOIN "Attempt" a ON a.id = ai."attemptId"
        JOIN "QuestionVersion" qv ON qv.id = ai."questionVersionId"
        JOIN "Question" q ON q.id = qv."questionId",
        LATERAL (SELECT power(0.5, extract(epoch FROM now() - ai."answeredAt") / (30 * 86400)) AS w) x
        WHERE a."userId" = ${user.id} AND ai."isCorrect" IS NOT NULL
        GROUP BY 1`,
    );
    const [check] = await sql()<
      { n: number }[]
    >`SELECT sum(answered)::int AS n FROM "TopicMastery" WHERE "userId" = ${user.id}`;
    console.log(
      `  ${size.toLocaleString("en-US")} answers (seeded in ${seeded.toFixed(0)} s; rollups hold ${check!.n.toLocaleString("en-US")}): ` +
        `dashboard p50 ${dashboard.p50.toFixed(1)} ms / p95 ${dashboard.p95.toFixed(1)} ms; raw aggregate p50 ${baseline.p50.toFixed(1)} ms / p95 ${baseline.p95.toFixed(1)} ms`,
    );
    rows.push(
      `| ${size.toLocaleString("en-US")} | ${dashboard.p50.toFixed(1)} | ${dashboard.p95.toFixed(1)} | ${baseline.p50.toFixed(1)} | ${baseline.p95.toFixed(1)} | ${(dashboard.p95 / baseline.p95).toFixed(2)} |`,
    );
  }
  console.log(
    "\n| Answers | Dashboard p50 (ms) | Dashboard p95 (ms) | Raw aggregate p50 (ms) | Raw aggregate p95 (ms) | Dashboard ÷ raw (p95) |",
  );
  console.log("|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) console.log(r);
  await sql().end();
  await db().$disconnect();
} finally {
  await admin.unsafe(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
}
