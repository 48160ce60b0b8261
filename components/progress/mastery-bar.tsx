import type { Estimate } from "@/lib/mastery/mastery";
import { cn } from "@/lib/ui/cn";

const pct = (x: number) => Math.round(x * 100);

/** Mastery as a bar with its 90% band; "not enough answers" instead of a number when evidence is thin. */
export function MasteryBar({ estimate, className }: { estimate: Estimate; className?: string }) {
  const { mean, low, high, enough } = estimate;
  return (
    <div className={cn("flex min-w-36 items-center gap-3", className)}>
      <div aria-hidden className="bg-muted relative h-2.5 flex-1 rounded-full">
        <div
          className="bg-primary/25 absolute inset-y-0 rounded-full"
          style={{ left: `${pct(low)}%`, width: `${Math.max(1, pct(high) - pct(low))}%` }}
        />
        <div
          className={cn(
            "absolute top-1/2 size-3 -translate-x-1/2 -translate-y-1/2 rounded-full border-2",
            enough ? "bg-primary border-card" : "border-muted-foreground bg-card",
          )}
          style={{ left: `${pct(mean)}%` }}
        />
      </div>
      <span className="w-24 text-right text-sm tabular-nums">
        {enough ? (
          <>
            <span className="font-semibold">{pct(mean)}%</span>
            <span className="text-muted-foreground text-xs">
              {" "}
              ({pct(low)}–{pct(high)})
            </span>
          </>
        ) : (
          <span className="text-muted-foreground text-xs">Not enough answers</span>
        )}
      </span>
    </div>
  );
}
