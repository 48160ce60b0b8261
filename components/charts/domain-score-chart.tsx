"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from "recharts";

export type DomainScoreDatum = { code: string; name: string; percent: number };

/** Percent correct per domain against the practice pass line. Decorative: the table beside it has the numbers. */
export function DomainScoreChart({ data, passPercent }: { data: DomainScoreDatum[]; passPercent: number }) {
  const rows = data.map((d) => ({ ...d, label: `${d.code} ${d.name}` }));
  return (
    <div aria-hidden className="w-full" style={{ height: Math.max(160, rows.length * 34 + 40) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
          barSize={16}
        >
          <CartesianGrid horizontal={false} stroke="var(--border)" />
          <XAxis
            type="number"
            domain={[0, 100]}
            tickFormatter={(v: number) => `${v}%`}
            tick={{ fill: "var(--muted-foreground)", fontSize: 12 }}
            stroke="var(--border)"
          />
          <YAxis
            type="category"
            dataKey="label"
            width={210}
            tickLine={false}
            axisLine={false}
            tick={{ fill: "var(--muted-foreground)", fontSize: 12 }}
          />
          <ReferenceLine x={passPercent} stroke="var(--foreground)" strokeDasharray="4 3" />
          <Bar dataKey="percent" radius={[0, 6, 6, 0]} isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.code} fill={r.percent >= passPercent ? "var(--success)" : "var(--danger)"} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
