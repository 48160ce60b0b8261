"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";

export type OptionDatum = { letter: string; percent: number; isKey: boolean };

/** Share of answers per authored option, the key in green. Decorative: the table beside it has the numbers. */
export function OptionDistributionChart({ data }: { data: OptionDatum[] }) {
  const rows = data.map((d) => ({ ...d, label: d.isKey ? `${d.letter} (key)` : d.letter }));
  return (
    <div aria-hidden className="w-full" style={{ height: Math.max(140, rows.length * 38 + 40) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 48, bottom: 4, left: 8 }}
          barSize={18}
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
            width={64}
            tickLine={false}
            axisLine={false}
            tick={{ fill: "var(--muted-foreground)", fontSize: 12 }}
          />
          <Bar dataKey="percent" radius={[0, 6, 6, 0]} isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.letter} fill={r.isKey ? "var(--success)" : "var(--primary)"} />
            ))}
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
