"use client";

import { PercentBarChart } from "./percent-bar-chart";

export type OptionDatum = { letter: string; percent: number; isKey: boolean };

/** Share of answers per authored option, the key in green. Decorative: the table beside it has the numbers. */
export function OptionDistributionChart({ data }: { data: OptionDatum[] }) {
  return (
    <PercentBarChart
      bars={data.map((d) => ({
        key: d.letter,
        label: d.isKey ? `${d.letter} (key)` : d.letter,
        percent: d.percent,
        fill: d.isKey ? "var(--success)" : "var(--primary)",
      }))}
      labelWidth={64}
      rowHeight={38}
      minHeight={140}
      barSize={18}
      showValues
    />
  );
}
