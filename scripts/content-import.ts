// npm run content:import [-- --if-changed] — load questions/ into the database in one transaction.
// Bad content exits non-zero before anything is written. Run with the react-server condition so
// lib/server modules load outside Next.js.
import path from "node:path";
import { bankHash } from "../lib/content/bank-hash";
import { checkBank, formatProblem } from "../lib/content/check";
import { importBank } from "../lib/server/content-import";
import { db } from "../lib/server/db";

const root = path.resolve(process.env.QUESTIONS_DIR ?? path.resolve(import.meta.dirname, "../questions"));
const ifChanged = process.argv.includes("--if-changed");

const result = checkBank(root);
// A form the bank cannot fill yet is a warning here (content:check fails on it); everything else blocks.
const blocking = result.problems.filter((p) => p.rule !== "coverage");
for (const p of result.problems.filter((p) => p.rule === "coverage"))
  console.warn(`warning: ${formatProblem(p)}`);
if (blocking.length || !result.bank) {
  for (const p of blocking) console.error(formatProblem(p));
  console.error(
    `\n✖ content import refused: ${blocking.length} problem(s) in questions/ (run npm run content:check). The database was not changed.`,
  );
  process.exit(1);
}

const hash = bankHash(root, result.files);
try {
  if (ifChanged) {
    const last = await db().contentImport.findFirst({
      orderBy: { importedAt: "desc" },
      select: { bankHash: true },
    });
    if (last?.bankHash === hash) {
      console.log("▶ question bank unchanged since the last import");
      process.exit(0);
    }
  }
  const started = performance.now();
  const summary = await importBank(db(), result.bank, hash);
  const q = summary.questions;
  console.log(
    `▶ imported ${summary.certifications} certifications, ${summary.blueprints} exam forms, ${summary.topics} topics, ${summary.roles} roles; ` +
      `questions: ${q.created} new, ${q.newVersions} new versions, ${q.metadataUpdated} re-tagged, ${q.unchanged} unchanged, ${q.retired} retired ` +
      `(${Math.round(performance.now() - started)} ms)`,
  );
} catch (error) {
  console.error(
    "✖ content import failed and was rolled back:",
    error instanceof Error ? error.message : error,
  );
  process.exitCode = 1;
} finally {
  await db().$disconnect();
}
