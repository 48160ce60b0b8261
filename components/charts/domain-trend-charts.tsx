"use client";

import { Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from "recharts";

export type TrendSeries = { code: string; name: string; points: { week: string; percent: number | null }[] };

/**
 * Small multiples: one sparkline per domain (ten overlaid lines would be unreadable). Decorative:
 * the table beside them carries the same numbers for screen readers.
 */
export function DomainTrendCharts({ series, passPercent }: { series: TrendSeries[]; passPercent: number }) {
  return (
    <ul aria-hidden className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {series.map((s) => {
        const latest = [...s.points].reverse().find((p) => p.percent !== null)?.percent ?? null;
        return (
          <li key={s.code} className="border-border rounded-xl border p-3">
            <p className="truncate text-xs font-medium" title={s.name}>
              <span className="text-muted-foreground">{s.code}</span> {s.name}
            </p>
            <p className="mt-0.5 text-lg font-semibold tabular-nums">
              {latest === null ? "—" : `${latest}%`}
            </p>
            <div className="h-12">
              <ResponsiveContainer width="100%" height="100%">
                <LineChart
                  accessibilityLayer={false}
                  data={s.points}
                  margin={{ top: 4, right: 2, bottom: 0, left: 2 }}
                >
                  <XAxis dataKey="week" hide />
                  <YAxis domain={[0, 100]} hide />
                  <ReferenceLine y={passPercent} stroke="var(--border)" strokeDasharray="3 3" />
                  <Line
                    type="monotone"
                    dataKey="percent"
                    stroke="var(--primary)"
                    strokeWidth={2}
                    dot={{ r: 2 }}
                    connectNulls
                    isAnimationActive={false}
                  />
                </LineChart>
              </ResponsiveContainer>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
