// Items per certification × domain against what the blueprint's forms need.
import { topicDomains, type Bank } from "./bank";
import type { ContentProblem } from "./yaml-source";

export type CoverageRow = {
  certification: string;
  code: string;
  domain: string;
  active: number;
  fullFormCount: number;
  /** The domain's share of the simulated (full) form, 0–1. */
  outlineShare: number;
  /** The domain's share of this certification's active items, 0–1. */
  bankShare: number;
};

export function coverage(bank: Bank): CoverageRow[] {
  const domains = topicDomains(bank.blueprints);
  const rows: CoverageRow[] = [];
  for (const bp of bank.blueprints) {
    const full = bp.forms.find((f) => f.kind === "full") ?? bp.forms[0];
    const byTopic = domains.get(bp.certification)!;
    const counts = new Map<string, number>();
    for (const { item } of bank.items) {
      if (item.status !== "active" || !item.certifications.includes(bp.certification)) continue;
      const code = byTopic.get(item.topic);
      if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    for (const d of bp.domains) {
      const active = counts.get(d.code) ?? 0;
      const need = full?.counts[d.code] ?? 0;
      rows.push({
        certification: bp.certification,
        code: d.code,
        domain: d.name,
        active,
        fullFormCount: need,
        outlineShare: full ? need / full.items : 0,
        bankShare: total ? active / total : 0,
      });
    }
  }
  return rows;
}

/** A form can be assembled only if every domain has at least as many active items as it asks for. */
export function formShortfalls(bank: Bank, rows = coverage(bank)): ContentProblem[] {
  const out: ContentProblem[] = [];
  for (const bp of bank.blueprints) {
    for (const form of bp.forms) {
      for (const [code, need] of Object.entries(form.counts)) {
        const have = rows.find((r) => r.certification === bp.certification && r.code === code)?.active ?? 0;
        if (have < need) {
          out.push({
            file: `questions/blueprints/${bp.certification}.yaml`,
            line: 1,
            rule: "coverage",
            message: `form ${form.slug} needs ${need} items in domain ${code} but the bank has ${have} active`,
          });
        }
      }
    }
  }
  return out;
}

export function formatCoverage(rows: CoverageRow[]): string {
  const lines: string[] = [];
  let cert = "";
  for (const r of rows) {
    if (r.certification !== cert) {
      cert = r.certification;
      const total = rows.filter((x) => x.certification === cert).reduce((a, x) => a + x.active, 0);
      lines.push(
        "",
        `${cert.toUpperCase()} — ${total} active items`,
        `  ${"domain".padEnd(46)} ${"items".padStart(5)}  ${"form".padStart(4)}  ${"outline".padStart(7)}  ${"bank".padStart(6)}`,
      );
    }
    const flag = r.active < r.fullFormCount ? "  ← short" : "";
    lines.push(
      `  ${`${r.code} ${r.domain}`.slice(0, 46).padEnd(46)} ${String(r.active).padStart(5)}  ${String(r.fullFormCount).padStart(4)}  ${(r.outlineShare * 100).toFixed(1).padStart(6)}%  ${(r.bankShare * 100).toFixed(1).padStart(5)}%${flag}`,
    );
  }
  return lines.join("\n");
}
