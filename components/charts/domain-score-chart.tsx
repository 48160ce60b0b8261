"use client";

import { PercentBarChart } from "./percent-bar-chart";

export type DomainScoreDatum = { code: string; name: string; percent: number };

/** Percent correct per domain against the practice pass line. Decorative: the table beside it has the numbers. */
export function DomainScoreChart({ data, passPercent }: { data: DomainScoreDatum[]; passPercent: number }) {
  return (
    <PercentBarChart
      bars={data.map((d) => ({
        key: d.code,
        label: `${d.code} ${d.name}`,
        percent: d.percent,
        fill: d.percent >= passPercent ? "var(--success)" : "var(--danger)",
      }))}
      labelWidth={210}
      rowHeight={34}
      minHeight={160}
      barSize={16}
      referenceAt={passPercent}
    />
  );
}
