import type { ReactNode } from "react";

export function StatTile({
  icon,
  label,
  value,
  detail,
}: {
  icon: ReactNode;
  label: string;
  value: string;
  detail: ReactNode;
}) {
  return (
    <li className="border-border bg-card flex flex-col gap-2 rounded-2xl border p-4 shadow-sm sm:p-5">
      <span className="text-muted-foreground flex items-center gap-2 text-sm font-medium">
        <span className="bg-accent text-accent-foreground flex size-8 items-center justify-center rounded-lg">
          {icon}
        </span>
        {label}
      </span>
      <span className="text-lg font-semibold tabular-nums sm:text-xl">{value}</span>
      <span className="text-muted-foreground text-sm">{detail}</span>
    </li>
  );
}
