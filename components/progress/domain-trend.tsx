import { DomainTrendCharts } from "@/components/charts/domain-trend-charts";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PASS_PERCENT } from "@/lib/exam/score";
import type { DomainStanding, TrendPoint } from "@/lib/server/progress";

const weekLabel = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString("en-US", {
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });

export function DomainTrend({ trend, domains }: { trend: TrendPoint[]; domains: DomainStanding[] }) {
  const any = trend.some((p) => domains.some((d) => p[d.code] !== null));
  const series = domains.map((d) => ({
    code: d.code,
    name: d.name,
    points: trend.map((p) => ({ week: p.week, percent: p[d.code] as number | null })),
  }));
  return (
    <Card>
      <CardHeader>
        <CardTitle>Domains week by week</CardTitle>
        <CardDescription>
          Percent correct per outline domain over the last {trend.length} weeks.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {!any ? (
          <p className="text-muted-foreground text-sm">
            Your weekly trend appears here once you have answered questions. Every mode counts — exams, tutor
            sessions and reviews.
          </p>
        ) : (
          <>
            <DomainTrendCharts series={series} passPercent={PASS_PERCENT} />
            <details className="mt-4 text-sm">
              <summary className="text-primary cursor-pointer font-medium">Show as a table</summary>
              <div className="relative mt-3 overflow-x-auto">
                <table className="w-full text-sm">
                  <caption className="sr-only">Percent correct per domain and week</caption>
                  <thead>
                    <tr className="border-border text-muted-foreground border-b text-left">
                      <th scope="col" className="py-2 pr-3 font-medium">
                        Domain
                      </th>
                      {trend.map((p) => (
                        <th
                          key={p.week}
                          scope="col"
                          className="py-2 pr-3 text-right font-medium whitespace-nowrap"
                        >
                          {weekLabel(p.week)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody className="divide-border divide-y">
                    {series.map((s) => (
                      <tr key={s.code}>
                        <th scope="row" className="py-2 pr-3 text-left font-normal">
                          {s.code} {s.name}
                        </th>
                        {s.points.map((p) => (
                          <td key={p.week} className="py-2 pr-3 text-right tabular-nums">
                            {p.percent === null ? "—" : `${p.percent}%`}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </>
        )}
      </CardContent>
    </Card>
  );
}
