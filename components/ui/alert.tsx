import { AlertTriangle, CheckCircle2, Info } from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "@/lib/ui/cn";

const tones = {
  info: { box: "border-primary/30 bg-accent text-accent-foreground", Icon: Info },
  success: { box: "border-success/40 bg-success-soft text-foreground", Icon: CheckCircle2 },
  warning: { box: "border-warning/40 bg-warning-soft text-foreground", Icon: AlertTriangle },
  danger: { box: "border-danger/40 bg-danger-soft text-foreground", Icon: AlertTriangle },
};

export function Alert({
  tone = "info",
  className,
  children,
  ...props
}: ComponentProps<"div"> & { tone?: keyof typeof tones }) {
  const { box, Icon } = tones[tone];
  return (
    <div
      className={cn("flex items-start gap-3 rounded-xl border px-4 py-3 text-sm", box, className)}
      {...props}
    >
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="flex-1">{children}</div>
    </div>
  );
}
