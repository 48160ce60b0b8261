import type { Metadata } from "next";
import Link from "next/link";
import { StartButton } from "@/components/exam/start-button";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { listAttempts } from "@/lib/server/attempts";
import { requireUserOrRedirect } from "@/lib/server/auth";
import { getSettings } from "@/lib/server/users";
import { cn } from "@/lib/ui/cn";
import { startExamAction } from "./actions";

export const metadata: Metadata = { title: "Practice exams" };

const STATUS = {
  IN_PROGRESS: { label: "In progress", tone: "bg-accent text-accent-foreground" },
  SUBMITTED: { label: "Submitted", tone: "bg-success-soft" },
  EXPIRED: { label: "Time ran out", tone: "bg-warning-soft" },
  ABANDONED: { label: "Abandoned", tone: "bg-muted text-muted-foreground" },
} as const;

const MODE = { EXAM: "Exam", TUTOR: "Tutor", CUSTOM: "Custom", REVIEW: "Review" } as const;

export default async function ExamsPage() {
  const user = await requireUserOrRedirect("/exams");
  const [attempts, settings] = await Promise.all([listAttempts(user.id), getSettings(user.id)]);
  const cert = settings.targetCertificationSlug;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Practice exams</h1>
          <p className="text-muted-foreground mt-1 text-sm">
            Your attempts, newest first. Unfinished ones can be resumed exactly where you left them.
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {cert && (
            <StartButton
              action={startExamAction}
              fields={{ certification: cert, kind: "quick" }}
              label="Quick practice (30)"
              variant="secondary"
            />
          )}
          <Button asChild>
            <Link href="/exams/new">New exam or quiz</Link>
          </Button>
        </div>
      </div>

      {attempts.length === 0 ? (
        <Card>
          <CardContent className="py-12 text-center">
            <h2 className="text-lg font-semibold">No attempts yet</h2>
            <p className="text-muted-foreground mx-auto mt-2 max-w-md text-sm">
              Start with a 30-question quick practice to see where you stand, or build a custom quiz on the
              topics you want.
            </p>
            <Button asChild className="mt-6">
              <Link href="/exams/new">Start practising</Link>
            </Button>
          </CardContent>
        </Card>
      ) : (
        <div className="border-border bg-card relative overflow-x-auto rounded-2xl border">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Your practice attempts</caption>
            <thead className="bg-muted/60 text-muted-foreground text-xs tracking-wide uppercase">
              <tr>
                <th scope="col" className="px-4 py-3">
                  Attempt
                </th>
                <th scope="col" className="px-4 py-3">
                  Mode
                </th>
                <th scope="col" className="px-4 py-3">
                  Status
                </th>
                <th scope="col" className="px-4 py-3 text-right">
                  Score
                </th>
                <th scope="col" className="px-4 py-3">
                  Started
                </th>
                <th scope="col" className="px-4 py-3">
                  <span className="sr-only">Action</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-border divide-y">
              {attempts.map((a) => (
                <tr key={a.id}>
                  <th scope="row" className="px-4 py-3 font-medium">
                    {a.title}
                    <span className="text-muted-foreground block text-xs font-normal">
                      {a.certification.code} · {a._count.items}/{a.itemCount} answered
                    </span>
                  </th>
                  <td className="px-4 py-3">{MODE[a.mode]}</td>
                  <td className="px-4 py-3">
                    <span
                      className={cn("rounded-full px-2.5 py-1 text-xs font-semibold", STATUS[a.status].tone)}
                    >
                      {STATUS[a.status].label}
                    </span>
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums">
                    {a.scorePercent !== null ? `${a.scorePercent}%` : "—"}
                  </td>
                  <td className="text-muted-foreground px-4 py-3 whitespace-nowrap">
                    {a.startedAt.toLocaleDateString("en-US", {
                      month: "short",
                      day: "numeric",
                      year: "numeric",
                    })}
                  </td>
                  <td className="px-4 py-3 text-right">
                    {a.status === "IN_PROGRESS" ? (
                      <Button asChild size="sm">
                        <Link href={`/exams/${a.id}`}>Resume</Link>
                      </Button>
                    ) : a.status === "ABANDONED" ? null : (
                      <Button asChild size="sm" variant="secondary">
                        <Link href={`/exams/${a.id}/results`}>Review</Link>
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
