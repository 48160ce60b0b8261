import { CalendarClock, Target } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { StartButton } from "@/components/exam/start-button";
import { daysUntil } from "@/lib/exam/dates";
import { requireUserOrRedirect } from "@/lib/server/auth";
import { getDashboard } from "@/lib/server/dashboard";
import { startExamAction } from "../exams/actions";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUserOrRedirect("/dashboard");
  const data = await getDashboard(user.id);
  const firstName = data.name.split(/\s+/)[0];
  const days = data.examDate ? daysUntil(data.examDate, new Date()) : null;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Welcome, {firstName}</h1>
        <p className="text-muted-foreground mt-1 text-sm">Here is where your preparation stands.</p>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <CardContent className="flex items-start gap-4">
            <span className="bg-accent text-accent-foreground flex size-11 shrink-0 items-center justify-center rounded-xl">
              <Target aria-hidden className="size-5" />
            </span>
            <div>
              <h2 className="text-muted-foreground text-sm font-medium">Target certification</h2>
              {data.targetCertification ? (
                <p className="mt-1 text-lg font-semibold">
                  {data.targetCertification.code}{" "}
                  <span className="text-muted-foreground font-normal">· {data.targetCertification.name}</span>
                </p>
              ) : (
                <p className="mt-1">
                  Not chosen yet.{" "}
                  <Link href="/settings" className="text-primary font-semibold hover:underline">
                    Choose your exam
                  </Link>
                </p>
              )}
            </div>
          </CardContent>
        </Card>
        <Card>
          <CardContent className="flex items-start gap-4">
            <span className="bg-accent text-accent-foreground flex size-11 shrink-0 items-center justify-center rounded-xl">
              <CalendarClock aria-hidden className="size-5" />
            </span>
            <div>
              <h2 className="text-muted-foreground text-sm font-medium">Exam date</h2>
              {days === null ? (
                <p className="mt-1">
                  No date set.{" "}
                  <Link href="/settings" className="text-primary font-semibold hover:underline">
                    Add your exam date
                  </Link>
                </p>
              ) : (
                <p className="mt-1 text-lg font-semibold">
                  {days > 0
                    ? `${days} day${days === 1 ? "" : "s"} to go`
                    : days === 0
                      ? "Exam day — good luck!"
                      : "Exam date has passed"}
                  <span className="text-muted-foreground ml-2 text-sm font-normal">
                    {data.examDate!.toLocaleDateString("en-US", { timeZone: "UTC", dateStyle: "long" })}
                  </span>
                </p>
              )}
            </div>
          </CardContent>
        </Card>
      </div>

      {data.inProgress && (
        <Card className="border-primary/50">
          <CardContent className="flex flex-wrap items-center justify-between gap-4">
            <div>
              <h2 className="font-semibold">Continue where you left off</h2>
              <p className="text-muted-foreground text-sm">
                {data.inProgress.title} · {data.inProgress._count.items} of {data.inProgress.itemCount}{" "}
                answered
              </p>
            </div>
            <Button asChild>
              <Link href={`/exams/${data.inProgress.id}`}>Resume</Link>
            </Button>
          </CardContent>
        </Card>
      )}

      {data.targetCertification ? (
        <Card>
          <CardContent className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <h2 className="text-lg font-semibold">Practise {data.targetCertification.code} now</h2>
              <p className="text-muted-foreground mt-1 max-w-xl text-sm">
                A 30-question quick practice weighted like the real exam, or the full simulated exam with the
                real clock.
              </p>
            </div>
            <div className="flex flex-wrap gap-2">
              <StartButton
                action={startExamAction}
                fields={{ certification: data.targetCertification.slug, kind: "quick" }}
                label="Start quick practice"
              />
              <Button asChild variant="secondary">
                <Link href={`/exams/new?certification=${data.targetCertification.slug}`}>More options</Link>
              </Button>
            </div>
          </CardContent>
        </Card>
      ) : (
        <Card>
          <CardContent className="flex flex-col items-start gap-3 py-10 sm:items-center sm:text-center">
            <h2 className="text-lg font-semibold">Start with your target and date</h2>
            <p className="text-muted-foreground max-w-lg text-sm">
              Practice exams, weak-topic ranking and your readiness estimate all follow the outline of the
              certification you choose. Set it first, then take a quick practice set to see where you stand.
            </p>
            <Button asChild>
              <Link href="/settings">Open settings</Link>
            </Button>
          </CardContent>
        </Card>
      )}

      {data.recent.length > 0 && (
        <Card>
          <CardContent>
            <h2 className="font-semibold">Recent results</h2>
            <ul className="divide-border mt-3 divide-y">
              {data.recent.map((a) => (
                <li key={a.id} className="flex items-center justify-between gap-3 py-2.5 text-sm">
                  <Link href={`/exams/${a.id}/results`} className="text-primary font-medium hover:underline">
                    {a.title}
                  </Link>
                  <span className="tabular-nums">{a.scorePercent ?? 0}%</span>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      )}
    </div>
  );
}
