import Link from "next/link";
import { ScoreHistoryChart, type ScorePoint } from "@/components/charts/score-history-chart";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PASS_PERCENT } from "@/lib/exam/score";

const dateLabel = (iso: string) => new Date(iso).toLocaleDateString("en-US", { dateStyle: "medium" });

export function ScoreHistory({ history, code }: { history: ScorePoint[]; code: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Practice exam scores</CardTitle>
        <CardDescription>
          Simulated exams and quick practice sets taken in exam mode, against the pass line.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {!history.length ? (
          <p className="text-muted-foreground text-sm">
            No {code} practice exams yet. Scores from simulated exams and exam-mode quick practice will chart
            here.{" "}
            <Link href="/exams/new" className="text-primary font-medium hover:underline">
              Choose a practice exam
            </Link>
          </p>
        ) : (
          <>
            <ScoreHistoryChart data={history} passPercent={PASS_PERCENT} />
            <details className="mt-4 text-sm">
              <summary className="text-primary cursor-pointer font-medium">Show as a table</summary>
              <table className="mt-3 w-full text-sm">
                <caption className="sr-only">Practice exam scores</caption>
                <thead>
                  <tr className="border-border text-muted-foreground border-b text-left">
                    <th scope="col" className="py-2 pr-3 font-medium">
                      Date
                    </th>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      Form
                    </th>
                    <th scope="col" className="py-2 text-right font-medium">
                      Score
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-border divide-y">
                  {history.map((h) => (
                    <tr key={h.id}>
                      <td className="py-2 pr-3">{dateLabel(h.date)}</td>
                      <td className="py-2 pr-3">
                        <Link href={`/exams/${h.id}/results`} className="text-primary hover:underline">
                          {h.kind}
                        </Link>
                      </td>
                      <td className="py-2 text-right tabular-nums">{h.percent}%</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )}
      </CardContent>
    </Card>
  );
}
