import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { DomainScoreChart } from "@/components/charts/domain-score-chart";
import { ReviewList } from "@/components/exam/review-list";
import { StartButton } from "@/components/exam/start-button";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { formatClock } from "@/lib/exam/clock";
import { PASS_PERCENT, SCALE_NOTE } from "@/lib/exam/score";
import { getAttemptResults } from "@/lib/server/attempts";
import { requireUserOrRedirect } from "@/lib/server/auth";
import { AppError } from "@/lib/server/errors";
import { retryMissedAction } from "../../actions";

export const metadata: Metadata = { title: "Results" };

export default async function ResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUserOrRedirect(`/exams/${id}/results`);
  const r = await getAttemptResults(user.id, id).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    if (e instanceof AppError && e.code === "CONFLICT") redirect(`/exams/${id}`);
    throw e;
  });
  const missed = r.items.filter((i) => !i.isCorrect).length;
  const percent = r.scorePercent ?? 0;
  const passed = percent >= PASS_PERCENT;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-primary text-sm font-semibold">{r.certification.code}</p>
          <h1 className="text-2xl font-bold tracking-tight">{r.title}: results</h1>
          <p className="text-muted-foreground mt-1 text-sm">
            {r.status === "EXPIRED" ? "Time ran out; unanswered questions count as wrong." : "Submitted."}{" "}
            Finished{" "}
            {(r.submittedAt ?? new Date()).toLocaleString("en-US", {
              dateStyle: "medium",
              timeStyle: "short",
            })}
            .
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {missed > 0 && (
            <StartButton
              action={retryMissedAction}
              fields={{ attemptId: r.id }}
              label={`Retry the ${missed} I missed`}
            />
          )}
          <Button asChild variant="secondary">
            <Link href="/exams/new">New exam</Link>
          </Button>
        </div>
      </div>

      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Card>
          <CardContent>
            <p className="text-muted-foreground text-sm">Score</p>
            <p className="mt-1 text-3xl font-bold tabular-nums">{percent}%</p>
            <p className="text-muted-foreground text-sm">
              {r.correctCount} of {r.itemCount} correct
            </p>
          </CardContent>
        </Card>
        <Card>
          <CardContent>
            <p className="text-muted-foreground text-sm">Practice pass line (estimate)</p>
            <p
              className={
                passed ? "text-success mt-1 text-3xl font-bold" : "text-danger mt-1 text-3xl font-bold"
              }
            >
              {passed ? "Above" : "Below"}
            </p>
            <p className="text-muted-foreground text-sm">Line at {PASS_PERCENT}% correct</p>
          </CardContent>
        </Card>
        <Card>
          <CardContent>
            <p className="text-muted-foreground text-sm">Estimated scaled score</p>
            <p className="mt-1 text-3xl font-bold tabular-nums">{r.scaledScore ?? "—"}</p>
            <p className="text-muted-foreground text-sm">on 1–99, pass line 75 (estimate)</p>
          </CardContent>
        </Card>
        <Card>
          <CardContent>
            <p className="text-muted-foreground text-sm">Time used</p>
            <p className="mt-1 text-3xl font-bold tabular-nums">{formatClock(r.timeUsedMs)}</p>
            <p className="text-muted-foreground text-sm">
              {r.timeLimitSeconds ? `of ${formatClock(r.timeLimitSeconds * 1000)}` : "untimed"}
            </p>
          </CardContent>
        </Card>
      </div>
      <p className="text-muted-foreground text-xs">{SCALE_NOTE}</p>

      <section aria-labelledby="domains" className="border-border bg-card rounded-2xl border p-6">
        <h2 id="domains" className="text-lg font-semibold">
          By domain
        </h2>
        <p className="text-muted-foreground mt-1 text-sm">
          Percent correct per domain; the dashed line is the practice pass line. Weight is the domain&apos;s
          share of the exam.
        </p>
        <div className="mt-4 grid gap-6 lg:grid-cols-[1.2fr_1fr]">
          <DomainScoreChart
            data={r.domains.map((d) => ({ code: d.code, name: d.name, percent: d.percent }))}
            passPercent={PASS_PERCENT}
          />
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Score by domain</caption>
            <thead className="text-muted-foreground text-xs tracking-wide uppercase">
              <tr>
                <th scope="col" className="py-2">
                  Domain
                </th>
                <th scope="col" className="py-2 text-right">
                  Correct
                </th>
                <th scope="col" className="py-2 text-right">
                  Score
                </th>
                <th scope="col" className="py-2 text-right">
                  Weight
                </th>
              </tr>
            </thead>
            <tbody className="divide-border divide-y">
              {r.domains.map((d) => (
                <tr key={d.code}>
                  <th scope="row" className="py-2 font-medium">
                    <span className="text-muted-foreground">{d.code}</span> {d.name}
                  </th>
                  <td className="py-2 text-right tabular-nums">
                    {d.correct}/{d.total}
                  </td>
                  <td className="py-2 text-right tabular-nums">{d.percent}%</td>
                  <td className="py-2 text-right tabular-nums">
                    {d.weight !== null ? `${Math.round(d.weight * 1000) / 10}%` : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="review">
        <h2 id="review" className="mb-4 text-lg font-semibold">
          Review every question
        </h2>
        <ReviewList items={r.items} attemptId={r.id} />
      </section>
    </div>
  );
}
