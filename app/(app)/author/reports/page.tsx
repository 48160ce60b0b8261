import type { Metadata } from "next";
import Link from "next/link";
import { AuthorTabs } from "@/components/author/author-tabs";
import { ReportCard } from "@/components/author/report-card";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent } from "@/components/ui/card";
import { REPORT_TABS, ZReportTab } from "@/lib/schemas/authoring";
import { requireAuthorOrNotFound } from "@/lib/server/auth";
import { REPORTS_PER_PAGE, listReports } from "@/lib/server/authoring";
import { cn } from "@/lib/ui/cn";

export const metadata: Metadata = { title: "Reports inbox" };

const TAB_LABEL = { open: "Open", resolved: "Resolved", retired: "Retired" } as const;
const EMPTY = {
  OPEN: "No open reports — nothing is waiting for an author.",
  RESOLVED: "No resolved reports yet.",
  RETIRED: "No reports have led to retiring an item yet.",
} as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReportsInboxPage({ searchParams }: Props) {
  const user = await requireAuthorOrNotFound("/author/reports");
  const params = await searchParams;
  const parsed = ZReportTab.safeParse(params.status);
  const status = parsed.success ? parsed.data : "OPEN";
  const { reports, counts } = await listReports(user, status);
  const tab = status.toLowerCase() as (typeof REPORT_TABS)[number];
  const done = params.done === "resolved" || params.done === "retired" ? params.done : null;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Author</h1>
        <p className="text-muted-foreground mt-1 text-sm">
          Problems learners reported, each against the exact version they saw.
        </p>
      </div>
      <AuthorTabs active="reports" openReports={counts.OPEN} />

      {!parsed.success && (
        <Alert tone="warning" role="alert">
          {parsed.error.issues[0]?.message} Showing open reports.
        </Alert>
      )}
      {done && (
        <Alert tone="success" role="status">
          Report marked {done}. You will find it under {done === "retired" ? "Retired" : "Resolved"}.
        </Alert>
      )}

      <nav aria-label="Report status" className="flex flex-wrap gap-2">
        {REPORT_TABS.map((t) => {
          const key = t.toUpperCase() as keyof typeof counts;
          const active = t === tab;
          return (
            <Link
              key={t}
              href={`/author/reports?status=${t}`}
              aria-current={active ? "page" : undefined}
              className={cn(
                "rounded-full border px-3 py-1.5 text-sm font-medium",
                active
                  ? "border-primary bg-primary text-primary-foreground"
                  : "border-border bg-card hover:bg-muted",
              )}
            >
              {TAB_LABEL[t]} <span className="tabular-nums opacity-80">({counts[key]})</span>
            </Link>
          );
        })}
      </nav>

      {reports.length === 0 ? (
        <Card>
          <CardContent className="py-12 text-center">
            <h2 className="text-lg font-semibold">{EMPTY[status]}</h2>
            <p className="text-muted-foreground mx-auto mt-2 max-w-md text-sm">
              Learners report problems from an exam&apos;s review or in tutor mode; reports land here.
            </p>
          </CardContent>
        </Card>
      ) : (
        <>
          <h2 className="sr-only">{TAB_LABEL[tab]} reports</h2>
          <p className="text-muted-foreground -mt-2 text-sm">
            {status === "OPEN" ? "Oldest first." : "Most recent first."}
            {counts[status] > REPORTS_PER_PAGE &&
              ` Showing the first ${REPORTS_PER_PAGE} of ${counts[status]}.`}
          </p>
          <ul className="space-y-4">
            {reports.map((r) => (
              <li key={r.id}>
                <ReportCard report={r} returnTo={`/author/reports?status=${tab}`} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
