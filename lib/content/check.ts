// Everything `npm run content:check` does, as a function the importer and tests reuse.
import { coverage, formShortfalls, type CoverageRow } from "./coverage";
import { lintBank } from "./lint";
import { loadBank } from "./load";
import type { Bank } from "./bank";
import type { ContentProblem } from "./yaml-source";

export type CheckResult = {
  bank?: Bank;
  problems: ContentProblem[];
  coverage: CoverageRow[];
  files: string[];
};

export function checkBank(root: string): CheckResult {
  const loaded = loadBank(root);
  if (!loaded.bank) return { problems: loaded.problems, coverage: [], files: loaded.files };
  const rows = coverage(loaded.bank);
  const problems = [...loaded.problems, ...lintBank(loaded.bank.items), ...formShortfalls(loaded.bank, rows)];
  return { bank: loaded.bank, problems, coverage: rows, files: loaded.files };
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line} — ${p.message} [${p.rule}]`;
}
