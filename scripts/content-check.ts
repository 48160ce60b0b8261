// npm run content:check — validate and lint questions/, print the coverage table. Exit 1 on any problem.
import path from "node:path";
import { checkBank, formatProblem } from "../lib/content/check";
import { formatCoverage } from "../lib/content/coverage";

const root = path.resolve(process.env.QUESTIONS_DIR ?? path.resolve(import.meta.dirname, "../questions"));
const result = checkBank(root);
if (result.bank) {
  const active = result.bank.items.filter((i) => i.item.status === "active");
  const exhibits = active.filter((i) => i.item.exhibit).length;
  const diff = [0, 0, 0];
  for (const { item } of active) diff[item.difficulty <= 2 ? 0 : item.difficulty === 3 ? 1 : 2]! += 1;
  const pct = (n: number) => `${Math.round((n / Math.max(1, active.length)) * 100)}%`;
  console.log(
    `${result.bank.items.length} items (${active.length} active, ${exhibits} with exhibits) in ${result.bank.topics.length} topics`,
  );
  console.log(
    `difficulty: easy ${diff[0]} (${pct(diff[0]!)}), medium ${diff[1]} (${pct(diff[1]!)}), hard ${diff[2]} (${pct(diff[2]!)})`,
  );
  console.log(formatCoverage(result.coverage));
  console.log("");
}
for (const p of result.problems) console.error(formatProblem(p));
if (result.problems.length) {
  console.error(
    `\n✖ ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"} in the question bank`,
  );
  process.exit(1);
}
console.log("✔ question bank is clean");
