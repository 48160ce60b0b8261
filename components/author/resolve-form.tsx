"use client";

import { useActionState } from "react";
import { resolveReportAction } from "@/app/(app)/author/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import type { ActionState } from "@/lib/server/action";

/**
 * Closes a report with a note: "Resolve" when fixed (or nothing needed fixing), "Retire" when the
 * item is being withdrawn. Works without JavaScript (a plain form post, then a redirect).
 */
export function ResolveForm({ reportId, returnTo }: { reportId: string; returnTo: string }) {
  const [state, action, pending] = useActionState(resolveReportAction, { status: "idle" } as ActionState);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const note = state.status === "error" ? (state.values?.note ?? "") : "";
  return (
    <form action={action} className="mt-4 space-y-3" noValidate>
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {state.status === "error" && !errors.note && (
        <Alert tone="danger" role="alert">
          {state.message}
        </Alert>
      )}
      <Field
        id={`note-${reportId}`}
        label="Resolution note"
        hint="What you changed (or why nothing needed changing). Kept with the report."
        errors={errors.note}
      >
        {(a11y) => <Textarea {...a11y} name="note" rows={2} maxLength={2000} defaultValue={note} />}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="outcome" value="RESOLVED" size="sm" disabled={pending}>
          Resolve
        </Button>
        <Button type="submit" name="outcome" value="RETIRED" size="sm" variant="secondary" disabled={pending}>
          Mark retired
        </Button>
      </div>
      <p className="text-muted-foreground text-xs">
        Mark retired when the item is being withdrawn: retire it in <code>questions/</code> (
        <code>status: retired</code>) and import; past attempts keep the version learners saw.
      </p>
    </form>
  );
}
