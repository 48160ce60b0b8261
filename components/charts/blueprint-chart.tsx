"use client";

import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";

export type BlueprintDatum = { code: string; name: string; weight: number };

/** Domains by share of the simulated exam. Decorative: the table beside it carries the same data. */
export function BlueprintChart({ data }: { data: BlueprintDatum[] }) {
  const rows = data.map((d) => ({
    ...d,
    percent: Math.round(d.weight * 1000) / 10,
    label: `${d.code} ${d.name}`,
  }));
  return (
    <div
      aria-hidden
      className="h-[var(--h)] w-full"
      style={{ ["--h" as string]: `${Math.max(160, rows.length * 34 + 20)}px` }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 48, bottom: 4, left: 8 }}
        >
          <XAxis type="number" hide domain={[0, "dataMax"]} />
          <YAxis
            type="category"
            dataKey="label"
            width={210}
            tickLine={false}
            axisLine={false}
            tick={{ fill: "var(--muted-foreground)", fontSize: 12 }}
          />
          <Bar dataKey="percent" fill="var(--primary)" radius={[0, 6, 6, 0]} isAnimationActive={false}>
            <LabelList
              dataKey="percent"
              position="right"
              formatter={(v: unknown) => `${String(v)}%`}
              fill="var(--foreground)"
              fontSize={12}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
