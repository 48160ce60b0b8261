"use client";

import { MessageSquareWarning } from "lucide-react";
import { Dialog } from "radix-ui";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { dialogOverlay, dialogPanel } from "@/components/ui/dialog-styles";
import { Textarea } from "@/components/ui/field";
import { cn } from "@/lib/ui/cn";
import { formString } from "@/lib/ui/form";

const REASONS = [
  ["WRONG_KEY", "The keyed answer is wrong"],
  ["AMBIGUOUS", "More than one answer is defensible"],
  ["OUTDATED", "Outdated for the current standard"],
  ["TYPO", "Typo or formatting problem"],
  ["OTHER", "Something else"],
] as const;

/** "Report a problem with this question", stored against the exact version the learner saw. */
export function ReportDialog({ attemptId, position }: { attemptId: string; position: number }) {
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<"idle" | "sending" | "sent" | "error">("idle");
  const [error, setError] = useState("");

  async function send(form: FormData) {
    setState("sending");
    const res = await fetch(`/api/attempts/${attemptId}/report`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ position, reason: form.get("reason"), text: formString(form, "text") }),
    }).catch(() => null);
    if (res?.ok) setState("sent");
    else {
      const body = (await res?.json().catch(() => null)) as { error?: { message?: string } } | null;
      setError(body?.error?.message ?? "Could not send the report. Please try again.");
      setState("error");
    }
  }

  return (
    <Dialog.Root open={open} onOpenChange={(o) => (setOpen(o), o && setState("idle"))}>
      <Dialog.Trigger asChild>
        <Button variant="ghost" size="sm">
          <MessageSquareWarning aria-hidden /> Report a problem with this question
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className={dialogOverlay} />
        <Dialog.Content className={cn(dialogPanel, "w-[min(92vw,30rem)]")}>
          <Dialog.Title className="text-lg font-semibold">Report a problem</Dialog.Title>
          <Dialog.Description className="text-muted-foreground mt-1 text-sm">
            An author reviews every report against the version you saw.
          </Dialog.Description>
          {state === "sent" ? (
            <div className="mt-4">
              <p role="status" className="text-sm font-medium">
                Thank you — your report was sent.
              </p>
              <Dialog.Close asChild>
                <Button className="mt-6 w-full">Close</Button>
              </Dialog.Close>
            </div>
          ) : (
            <form action={(f) => void send(f)} className="mt-4 space-y-4">
              <fieldset>
                <legend className="text-sm font-medium">What is wrong?</legend>
                <div className="mt-2 space-y-1.5">
                  {REASONS.map(([value, label], i) => (
                    <label key={value} className="flex items-center gap-2 text-sm">
                      <input
                        type="radio"
                        name="reason"
                        value={value}
                        defaultChecked={i === 0}
                        className="accent-[var(--primary)]"
                      />
                      {label}
                    </label>
                  ))}
                </div>
              </fieldset>
              <div>
                <label htmlFor={`report-text-${position}`} className="text-sm font-medium">
                  Details (optional, unless “Something else”)
                </label>
                <Textarea id={`report-text-${position}`} name="text" maxLength={2000} className="mt-1.5" />
              </div>
              {state === "error" && (
                <p role="alert" className="text-danger text-sm font-medium">
                  {error}
                </p>
              )}
              <div className="flex justify-end gap-3">
                <Dialog.Close asChild>
                  <Button variant="secondary" type="button">
                    Cancel
                  </Button>
                </Dialog.Close>
                <Button type="submit" disabled={state === "sending"}>
                  {state === "sending" ? "Sending…" : "Send report"}
                </Button>
              </div>
            </form>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
