import type { ReactNode } from "react";
import { Card, CardContent } from "@/components/ui/card";
import { MIN_EVIDENCE } from "@/lib/mastery/mastery";
import type { Readiness } from "@/lib/mastery/readiness";
import { cn } from "@/lib/ui/cn";

/** Below this much recency-weighted evidence the panel asks for more answers instead of predicting. */
const MIN_READINESS_EVIDENCE = 4 * MIN_EVIDENCE;

export function ReadinessPanel({
  code,
  readiness: r,
  evidence,
  answered,
  start,
  className,
}: {
  code: string;
  readiness: Readiness;
  evidence: number;
  answered: number;
  start: ReactNode;
  className?: string;
}) {
  if (evidence < MIN_READINESS_EVIDENCE) {
    return (
      <Card className={className}>
        <CardContent className="flex h-full flex-col justify-center gap-3">
          <h2 className="text-muted-foreground text-sm font-medium">Readiness for {code}</h2>
          <p className="text-xl font-semibold">
            {answered ? "Keep going — a few more answers for a first estimate" : "No estimate yet"}
          </p>
          <p className="text-muted-foreground max-w-prose text-sm">
            {answered
              ? `You have ${answered} answer${answered === 1 ? "" : "s"} so far. After about ${MIN_READINESS_EVIDENCE} across the outline we can predict your score with an honest range.`
              : `Your predicted score and pass chance come from your answers, weighted like the real ${code} outline. A quick practice set is the fastest start.`}
          </p>
          <div>{start}</div>
        </CardContent>
      </Card>
    );
  }
  const chance = Math.round(r.passProbability * 100);
  const tone = chance >= 70 ? "text-success" : chance >= 40 ? "text-warning" : "text-danger";
  return (
    <Card className={className}>
      <CardContent className="flex h-full flex-col gap-4">
        <h2 className="text-muted-foreground text-sm font-medium">Readiness for {code}</h2>
        <div className="flex flex-wrap items-end gap-x-8 gap-y-3">
          <p>
            <span className="block text-4xl font-bold tabular-nums">{Math.round(r.predicted)}%</span>
            <span className="text-muted-foreground text-sm">
              predicted score · range {Math.round(r.low)}–{Math.round(r.high)}%
            </span>
          </p>
          <p>
            <span className={cn("block text-4xl font-bold tabular-nums", tone)}>{chance}%</span>
            <span className="text-muted-foreground text-sm">chance of passing today</span>
          </p>
        </div>
        <ScoreBand readiness={r} />
        <p className="max-w-prose text-sm">
          From your last answers weighted like the {code} outline (recent ones count more), you would score
          about {Math.round(r.predicted)}% if you sat it today, likely between {Math.round(r.low)}% and{" "}
          {Math.round(r.high)}%; against a pass line near {r.passPercent}% correct that is a {chance}% chance.{" "}
          <span className="text-muted-foreground">
            The pass line is our estimate — the real exams use scaled scores.
          </span>
        </p>
      </CardContent>
    </Card>
  );
}

function ScoreBand({ readiness: r }: { readiness: Readiness }) {
  return (
    <div aria-hidden className="relative mt-1 mb-5 h-3">
      <div className="bg-muted absolute inset-0 rounded-full" />
      <div
        className="bg-primary/30 absolute inset-y-0 rounded-full"
        style={{ left: `${r.low}%`, width: `${Math.max(1, r.high - r.low)}%` }}
      />
      <div
        className="bg-primary border-card absolute top-1/2 size-4 -translate-x-1/2 -translate-y-1/2 rounded-full border-2"
        style={{ left: `${r.predicted}%` }}
      />
      <div className="bg-foreground absolute -top-1 -bottom-1 w-0.5" style={{ left: `${r.passPercent}%` }} />
      <span
        className="text-muted-foreground absolute top-4 -translate-x-1/2 text-xs"
        style={{ left: `${r.passPercent}%` }}
      >
        pass ≈ {r.passPercent}%
      </span>
    </div>
  );
}
