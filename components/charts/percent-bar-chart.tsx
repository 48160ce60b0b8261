"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from "recharts";

export type PercentBar = { key: string; label: string; percent: number; fill: string };

/**
 * Horizontal bars on a 0–100% axis, one colour per bar. Decorative: every page that shows one puts
 * the numbers in a table beside it.
 */
export function PercentBarChart({
  bars,
  labelWidth,
  rowHeight,
  minHeight,
  barSize,
  referenceAt,
  showValues = false,
}: {
  bars: PercentBar[];
  labelWidth: number;
  rowHeight: number;
  minHeight: number;
  barSize: number;
  /** A dashed line across the bars at this percent (a pass line). */
  referenceAt?: number;
  /** Print each bar's percent at its end. */
  showValues?: boolean;
}) {
  return (
    <div aria-hidden className="w-full" style={{ height: Math.max(minHeight, bars.length * rowHeight + 40) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={bars}
          layout="vertical"
          margin={{ top: 4, right: showValues ? 48 : 24, bottom: 4, left: 8 }}
          barSize={barSize}
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
            width={labelWidth}
            tickLine={false}
            axisLine={false}
            tick={{ fill: "var(--muted-foreground)", fontSize: 12 }}
          />
          {referenceAt !== undefined && (
            <ReferenceLine x={referenceAt} stroke="var(--foreground)" strokeDasharray="4 3" />
          )}
          <Bar dataKey="percent" radius={[0, 6, 6, 0]} isAnimationActive={false}>
            {bars.map((b) => (
              <Cell key={b.key} fill={b.fill} />
            ))}
            {showValues && (
              <LabelList
                dataKey="percent"
                position="right"
                formatter={(v: unknown) => `${String(v)}%`}
                fill="var(--foreground)"
                fontSize={12}
              />
            )}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
