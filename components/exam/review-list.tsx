"use client";

import { Check, Flag, X } from "lucide-react";
import { useState } from "react";
import type { ResultItem } from "@/lib/server/attempts";
import { OPTION_LETTERS } from "@/lib/exam/letters";
import { cn } from "@/lib/ui/cn";
import { ReportDialog } from "./report-dialog";
import { Exhibit, RichText } from "./rich-text";

const FILTERS = [
  ["all", "All"],
  ["wrong", "Wrong"],
  ["flagged", "Flagged"],
  ["unanswered", "Unanswered"],
] as const;
type Filter = (typeof FILTERS)[number][0];

/** Item-by-item review: my answer against the key, every option's rationale, the lesson and references. */
export function ReviewList({ items, attemptId }: { items: ResultItem[]; attemptId: string }) {
  const [filter, setFilter] = useState<Filter>("all");
  const shown = items.filter((i) =>
    filter === "wrong"
      ? !i.isCorrect
      : filter === "flagged"
        ? i.flagged
        : filter === "unanswered"
          ? i.selected === null
          : true,
  );
  const count = (f: Filter) =>
    items.filter((i) =>
      f === "wrong"
        ? !i.isCorrect
        : f === "flagged"
          ? i.flagged
          : f === "unanswered"
            ? i.selected === null
            : true,
    ).length;

  return (
    <div>
      <div role="group" aria-label="Filter questions" className="flex flex-wrap gap-2">
        {FILTERS.map(([value, label]) => (
          <button
            key={value}
            type="button"
            aria-pressed={filter === value}
            onClick={() => setFilter(value)}
            className={cn(
              "rounded-full border px-3 py-1.5 text-sm font-medium",
              filter === value
                ? "border-primary bg-primary text-primary-foreground"
                : "border-border bg-card hover:bg-muted",
            )}
          >
            {label} <span className="tabular-nums opacity-80">({count(value)})</span>
          </button>
        ))}
      </div>
      {shown.length === 0 && (
        <p className="text-muted-foreground mt-6 text-sm">No questions match this filter.</p>
      )}
      <ol className="mt-6 space-y-6">
        {shown.map((item) => {
          const mine = item.options.findIndex((o) => o.key === item.selected);
          const key = item.options.findIndex((o) => o.key === item.correctKey);
          return (
            <li key={item.position} className="border-border bg-card rounded-2xl border p-5 sm:p-6">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="text-muted-foreground text-sm font-semibold">
                  Question {item.position + 1}
                  {item.domainName && <span className="font-normal"> · {item.domainName}</span>}
                </h3>
                <p className="flex items-center gap-2 text-sm font-semibold">
                  {item.flagged && (
                    <span className="bg-warning-soft inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs">
                      <Flag aria-hidden className="size-3" /> Flagged
                    </span>
                  )}
                  {item.selected === null ? (
                    <span className="text-danger">Unanswered</span>
                  ) : item.isCorrect ? (
                    <span className="text-success inline-flex items-center gap-1">
                      <Check aria-hidden className="size-4" /> Correct
                    </span>
                  ) : (
                    <span className="text-danger inline-flex items-center gap-1">
                      <X aria-hidden className="size-4" /> Incorrect
                    </span>
                  )}
                </p>
              </div>
              <RichText text={item.stem} className="mt-3 leading-7" />
              {item.exhibitBody && <Exhibit caption={item.exhibitCaption} body={item.exhibitBody} />}
              <p className="mt-4 text-sm">
                Your answer: <strong>{mine >= 0 ? OPTION_LETTERS[mine] : "none"}</strong> · Correct answer:{" "}
                <strong>{OPTION_LETTERS[key]}</strong>
              </p>
              <ul className="mt-3 space-y-2">
                {item.options.map((o, n) => (
                  <li
                    key={o.key}
                    className={cn(
                      "rounded-xl border px-4 py-3",
                      o.key === item.correctKey
                        ? "border-success bg-success-soft"
                        : o.key === item.selected
                          ? "border-danger bg-danger-soft"
                          : "border-border",
                    )}
                  >
                    <p className="font-medium">
                      <span className="mr-2 font-bold">{OPTION_LETTERS[n]}</span>
                      {o.text}
                      {o.key === item.correctKey && <span className="sr-only"> (correct answer)</span>}
                      {o.key === item.selected && <span className="sr-only"> (your answer)</span>}
                    </p>
                    <RichText text={o.rationale} className="text-muted-foreground mt-1 text-sm" />
                  </li>
                ))}
              </ul>
              <div className="bg-muted/50 mt-4 rounded-xl p-4">
                <h4 className="text-muted-foreground text-xs font-semibold tracking-wide uppercase">
                  Explanation
                </h4>
                <RichText text={item.explanation} className="mt-1 text-sm leading-6" />
                <h4 className="text-muted-foreground mt-3 text-xs font-semibold tracking-wide uppercase">
                  References
                </h4>
                <ul className="mt-1 list-disc pl-5 text-sm">
                  {item.references.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </div>
              <div className="text-muted-foreground mt-3 flex items-center justify-between gap-3 text-xs">
                <span>
                  {item.externalId} · {Math.round(item.timeSpentMs / 1000)} s on this question
                </span>
                <ReportDialog attemptId={attemptId} position={item.position} />
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
