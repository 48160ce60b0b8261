"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/server/action";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

/** A one-click start (quick practice, simulated exam, retry) that shows why it could not start. */
export function StartButton({
  action,
  fields,
  label,
  pendingLabel = "Preparing your questions…",
  variant = "primary",
  size = "md",
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary";
  size?: "sm" | "md" | "lg";
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <Button type="submit" variant={variant} size={size} disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
      {state.status === "error" && (
        <p role="alert" className="text-danger max-w-xs text-sm font-medium">
          {state.message}
        </p>
      )}
    </form>
  );
}
