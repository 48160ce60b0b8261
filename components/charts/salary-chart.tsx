"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, XAxis, YAxis } from "recharts";

export type SalaryChartRow = { label: string; start: number; span: number; kind: "range" | "amount" };

const thousands = (n: number) => `$${Math.round(n / 1000)}k`;

/** Ranges as floating bars, single figures from zero. Decorative: a table beside it has the figures. */
export function SalaryChart({ rows }: { rows: SalaryChartRow[] }) {
  if (!rows.length) return null;
  return (
    <div aria-hidden className="w-full" style={{ height: Math.max(140, rows.length * 40 + 40) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
          barSize={18}
        >
          <CartesianGrid horizontal={false} stroke="var(--border)" />
          <XAxis
            type="number"
            tickFormatter={thousands}
            tick={{ fill: "var(--muted-foreground)", fontSize: 12 }}
            stroke="var(--border)"
          />
          <YAxis
            type="category"
            dataKey="label"
            width={230}
            tickLine={false}
            axisLine={false}
            tick={{ fill: "var(--muted-foreground)", fontSize: 12 }}
          />
          <Bar dataKey="start" stackId="s" fill="transparent" isAnimationActive={false} />
          <Bar dataKey="span" stackId="s" radius={6} isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.label} fill={r.kind === "range" ? "var(--primary)" : "var(--success)"} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
