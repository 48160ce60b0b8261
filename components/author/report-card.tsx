import Link from "next/link";
import type { ReportRow } from "@/lib/server/authoring";
import { ResolveForm } from "./resolve-form";
import { REASONS, date } from "./format";
import { ItemVersion } from "./item-version";
import { cn } from "@/lib/ui/cn";

const STATUS = {
  OPEN: { label: "Open", tone: "bg-accent text-accent-foreground" },
  RESOLVED: { label: "Resolved", tone: "bg-success-soft" },
  RETIRED: { label: "Retired", tone: "bg-muted text-muted-foreground" },
} as const;

/**
 * One learner report: why, in their words, against the exact version they saw (stem, options, key),
 * and either the resolve form (open) or the recorded resolution.
 */
export function ReportCard({
  report: r,
  returnTo,
  showItem = true,
}: {
  report: ReportRow;
  returnTo: string;
  showItem?: boolean;
}) {
  const headingId = `report-${r.id}`;
  return (
    <article aria-labelledby={headingId} className="border-border bg-card rounded-2xl border p-5 sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={headingId} className="font-semibold">
            {REASONS[r.reason]}
            {showItem && (
              <>
                {" "}
                <span className="text-muted-foreground font-normal">on</span>{" "}
                <Link
                  href={`/author/items/${encodeURIComponent(r.item.externalId)}`}
                  className="text-primary font-mono hover:underline"
                >
                  {r.item.externalId}
                </Link>
              </>
            )}
          </h3>
          <p className="text-muted-foreground mt-0.5 text-xs">
            Reported by {r.reporterName} on {date(r.createdAt)} · version {r.item.version}
            {r.item.isCurrent ? " (current)" : " (an earlier version)"}
            {r.item.status === "RETIRED" && " · item retired"}
          </p>
        </div>
        <span className={cn("rounded-full px-2.5 py-1 text-xs font-semibold", STATUS[r.status].tone)}>
          {STATUS[r.status].label}
        </span>
      </div>

      <blockquote className="border-primary/50 bg-muted/50 mt-3 rounded-r-lg border-l-4 px-3 py-2 text-sm whitespace-pre-line">
        {r.text || <span className="text-muted-foreground italic">No comment given.</span>}
      </blockquote>

      <details className="mt-3 text-sm" open={showItem && r.status === "OPEN"}>
        <summary className="text-muted-foreground cursor-pointer font-medium">
          Version {r.item.version} as the learner saw it
        </summary>
        <ItemVersion v={r.item} className="mt-3" />
      </details>

      {r.status === "OPEN" ? (
        <ResolveForm reportId={r.id} returnTo={returnTo} />
      ) : (
        <p className="border-border mt-4 border-t pt-3 text-sm">
          <span className="font-semibold">
            {STATUS[r.status].label}
            {r.resolvedByName ? ` by ${r.resolvedByName}` : ""}
            {r.resolvedAt ? ` on ${date(r.resolvedAt)}` : ""}:
          </span>{" "}
          {r.resolutionNote ?? "no note"}
        </p>
      )}
    </article>
  );
}
