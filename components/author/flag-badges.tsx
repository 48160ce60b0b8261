import { AlertTriangle, MessageSquareWarning } from "lucide-react";
import type { Flag } from "@/lib/stats/item-stats";
import { cn } from "@/lib/ui/cn";

/** "Needs checking" flags as labelled badges: the text carries the meaning, colour only supports it. */
export function FlagBadges({ flags, className }: { flags: Flag[]; className?: string }) {
  if (!flags.length) return null;
  return (
    <ul className={cn("flex flex-wrap gap-1.5", className)} aria-label="Needs checking">
      {flags.map((f) => (
        <li
          key={f.code}
          title={f.detail}
          className={cn(
            "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap",
            f.code === "open-reports"
              ? "bg-accent text-accent-foreground"
              : "bg-warning-soft text-foreground",
          )}
        >
          {f.code === "open-reports" ? (
            <MessageSquareWarning aria-hidden className="size-3" />
          ) : (
            <AlertTriangle aria-hidden className="size-3" />
          )}
          {f.label}
        </li>
      ))}
    </ul>
  );
}

/** The flags with their explanations, for the item page. */
export function FlagList({ flags }: { flags: Flag[] }) {
  return (
    <ul className="space-y-1.5 text-sm">
      {flags.map((f) => (
        <li key={f.code}>
          <span className="font-semibold">{f.label}:</span> {f.detail}
        </li>
      ))}
    </ul>
  );
}
