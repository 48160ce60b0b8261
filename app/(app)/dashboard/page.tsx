import { CalendarClock, Flame, Layers, TrendingUp } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { StartButton } from "@/components/exam/start-button";
import { ReadinessPanel } from "@/components/progress/readiness-panel";
import { StudyPlanList } from "@/components/progress/study-plan-list";
import { StatTile } from "@/components/progress/stat-tile";
import { WeakTopicsTable } from "@/components/progress/weak-topics-table";
import { DomainTrend } from "@/components/progress/domain-trend";
import { ScoreHistory } from "@/components/progress/score-history";
import { requireUserOrRedirect } from "@/lib/server/auth";
import { getDashboard } from "@/lib/server/progress";
import { startExamAction, startReviewAction } from "../exams/actions";

export const metadata: Metadata = { title: "Dashboard" };

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

export default async function DashboardPage() {
  const user = await requireUserOrRedirect("/dashboard");
  const data = await getDashboard(user.id);
  const firstName = data.name.split(/\s+/)[0];
  const cert = data.targetCertification;
  const weekPercent = data.week.answered ? Math.round((data.week.correct / data.week.answered) * 100) : null;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Welcome, {firstName}</h1>
        <p className="text-muted-foreground mt-1 text-sm">
          {cert ? `Your ${cert.code} preparation at a glance.` : "Here is where your preparation stands."}
        </p>
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

      {!cert ? (
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
      ) : (
        <div className="grid gap-4 lg:grid-cols-5">
          <ReadinessPanel
            className="lg:col-span-3"
            code={cert.code}
            readiness={data.target!.readiness}
            evidence={data.target!.evidence}
            answered={data.totalAnswered}
            start={
              <StartButton
                action={startExamAction}
                fields={{ certification: cert.slug, kind: "quick" }}
                label="Start a 30-question quick practice"
              />
            }
          />
          <Card className="lg:col-span-2">
            <CardHeader>
              <CardTitle>Today’s plan</CardTitle>
              <CardDescription>
                {data.plan.done >= data.plan.target
                  ? `Target of ${data.plan.target} questions reached — anything more is a bonus.`
                  : `${data.plan.done} of ${data.plan.target} questions done today.`}
              </CardDescription>
            </CardHeader>
            <CardContent>
              <StudyPlanList
                plan={data.plan}
                certificationSlug={cert.slug}
                startExamAction={startExamAction}
                startReviewAction={startReviewAction}
              />
            </CardContent>
          </Card>
        </div>
      )}

      <ul className="grid grid-cols-2 gap-4 lg:grid-cols-4" aria-label="Your numbers">
        <StatTile
          icon={<CalendarClock aria-hidden className="size-5" />}
          label="Exam date"
          value={
            data.daysToExam === null
              ? "Not set"
              : data.daysToExam > 0
                ? plural(data.daysToExam, "day") + " to go"
                : data.daysToExam === 0
                  ? "Today — good luck!"
                  : "Passed"
          }
          detail={
            data.examDate ? (
              data.examDate.toLocaleDateString("en-US", { timeZone: "UTC", dateStyle: "medium" })
            ) : (
              <Link href="/settings" className="text-primary font-medium hover:underline">
                Add your exam date
              </Link>
            )
          }
        />
        <StatTile
          icon={<Layers aria-hidden className="size-5" />}
          label="Due for review"
          value={data.due ? `${plural(data.due, "question")} today` : "All caught up"}
          detail={
            data.due ? (
              <StartButton
                action={startReviewAction}
                fields={{}}
                label="Review now"
                size="sm"
                variant="secondary"
              />
            ) : (
              "Missed and unsure answers come back here."
            )
          }
        />
        <StatTile
          icon={<TrendingUp aria-hidden className="size-5" />}
          label="This week"
          value={plural(data.week.answered, "answer")}
          detail={weekPercent === null ? "Nothing answered since Monday yet." : `${weekPercent}% correct`}
        />
        {data.showStreak || data.dailyGoal ? (
          <StatTile
            icon={<Flame aria-hidden className="size-5" />}
            label={data.showStreak ? "Study streak" : "Daily goal"}
            value={
              data.showStreak
                ? plural(data.streak, "day")
                : `${Math.min(data.today.answered, data.dailyGoal!)} / ${data.dailyGoal}`
            }
            detail={
              data.dailyGoal ? (
                <GoalMeter done={data.today.answered} goal={data.dailyGoal} />
              ) : (
                "Answer a question each day to keep it going."
              )
            }
          />
        ) : (
          <StatTile
            icon={<Flame aria-hidden className="size-5" />}
            label="Today"
            value={plural(data.today.answered, "answer")}
            detail="Streak and goal are switched off in settings."
          />
        )}
      </ul>

      {cert && data.target && (
        <Card>
          <CardHeader>
            <CardTitle>Weakest topics first</CardTitle>
            <CardDescription>
              Ordered by the exam points at stake: the gap in your mastery times the topic’s share of the{" "}
              {cert.code} outline. The band is a 90% range; it narrows as you answer more.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <WeakTopicsTable
              topics={data.target.topics.slice(0, 8)}
              certificationSlug={cert.slug}
              startExamAction={startExamAction}
            />
            {data.target.topics.length > 8 && (
              <p className="mt-4 text-sm">
                <Link href="/progress" className="text-primary font-semibold hover:underline">
                  See all {data.target.topics.length} topics and domains
                </Link>
              </p>
            )}
          </CardContent>
        </Card>
      )}

      {cert && data.target && (
        <div className="grid gap-4">
          <DomainTrend trend={data.target.trend} domains={data.target.domains} />
          <ScoreHistory history={data.scoreHistory} code={cert.code} />
        </div>
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

function GoalMeter({ done, goal }: { done: number; goal: number }) {
  const ratio = Math.min(1, done / goal);
  return (
    <span className="flex flex-col gap-1">
      <span>{done >= goal ? "Daily goal reached" : `${done} of ${goal} today`}</span>
      <span aria-hidden className="bg-muted block h-1.5 w-full rounded-full">
        <span className="bg-success block h-full rounded-full" style={{ width: `${ratio * 100}%` }} />
      </span>
    </span>
  );
}
