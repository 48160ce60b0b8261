"use client";

import { Download, Trash2 } from "lucide-react";
import { AlertDialog } from "radix-ui";
import { useActionState, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { dialogOverlay, dialogPanel } from "@/components/ui/dialog-styles";
import { Field, Input } from "@/components/ui/field";
import type { ActionState } from "@/lib/server/action";
import { DELETE_CONFIRMATION } from "@/lib/schemas/account";
import { cn } from "@/lib/ui/cn";
import { deleteAccountAction } from "./actions";

const EXPORT_URL = "/api/me/export";

/** "Your data": download a JSON copy, or delete the account behind a confirmation dialog. */
export function AccountSection() {
  return (
    <section aria-labelledby="your-data" className="mt-10">
      <Card>
        <CardHeader>
          <CardTitle id="your-data">Your data</CardTitle>
          <CardDescription>Take a copy of everything ReadRoom keeps about you, or delete it.</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-6">
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <h3 className="text-sm font-semibold">Download a copy</h3>
              <p className="text-muted-foreground mt-1 text-sm">
                Your profile, every exam and quiz with your answers, your review cards and the problems you
                reported, as one JSON file.
              </p>
            </div>
            <Button asChild variant="secondary" className="shrink-0">
              <a href={EXPORT_URL} download>
                <Download aria-hidden /> Download my data (JSON)
              </a>
            </Button>
          </div>

          <div className="border-danger/40 flex flex-col gap-3 rounded-xl border p-4 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <h3 className="text-danger text-sm font-semibold">Delete account</h3>
              <p className="text-muted-foreground mt-1 text-sm">
                Permanently removes your account and all of your practice history. This cannot be undone.
              </p>
            </div>
            <DeleteAccountDialog />
          </div>
        </CardContent>
      </Card>
    </section>
  );
}

function DeleteAccountDialog() {
  const passwordRef = useRef<HTMLInputElement>(null);
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <Button variant="danger" className="shrink-0">
          <Trash2 aria-hidden /> Delete account…
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={dialogOverlay} />
        <AlertDialog.Content
          className={cn(dialogPanel, "max-h-[calc(100dvh-2rem)] w-[min(92vw,30rem)] overflow-y-auto")}
          // Start in the password field: the one thing to do here. Cancel stays a Tab away.
          onOpenAutoFocus={(e) => {
            e.preventDefault();
            passwordRef.current?.focus();
          }}
        >
          <AlertDialog.Title className="text-lg font-semibold">Delete your account?</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="text-muted-foreground mt-2 space-y-2 text-sm">
              <p>This permanently deletes, straight away and for good:</p>
              <ul className="list-disc space-y-1 pl-5">
                <li>your profile and settings (name, email, target exam and date)</li>
                <li>every practice exam and quiz, with all your answers, flags and timings</li>
                <li>your review cards and review history</li>
                <li>the problems you reported about questions</li>
              </ul>
              <p>
                Want a copy first?{" "}
                <a href={EXPORT_URL} download className="text-primary font-semibold hover:underline">
                  Download your data
                </a>
                .
              </p>
            </div>
          </AlertDialog.Description>
          {/* Mounted only while open, so a reopened dialog starts without the last attempt's errors. */}
          <DeleteAccountForm passwordRef={passwordRef} />
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

function DeleteAccountForm({ passwordRef }: { passwordRef: React.RefObject<HTMLInputElement | null> }) {
  const [state, formAction, pending] = useActionState(deleteAccountAction, { status: "idle" } as ActionState);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const confirm = state.status === "error" ? (state.values?.confirm ?? "") : "";

  return (
    <form action={formAction} className="mt-5 flex flex-col gap-4" noValidate>
      {/* Takes no room while empty (its -mb cancels the gap), but stays mounted to announce. */}
      <div aria-live="polite" className="empty:-mb-4">
        {state.status === "error" && (
          <Alert tone="danger" role="alert">
            {state.message}
          </Alert>
        )}
      </div>
      <Field id="delete-password" label="Your password" errors={errors.password}>
        {(a11y) => (
          <Input
            {...a11y}
            ref={passwordRef}
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        )}
      </Field>
      <Field
        id="delete-confirm"
        label={
          <>
            Type <span className="font-mono font-bold">{DELETE_CONFIRMATION}</span> to confirm
          </>
        }
        errors={errors.confirm}
      >
        {(a11y) => (
          <Input
            {...a11y}
            name="confirm"
            defaultValue={confirm}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
          />
        )}
      </Field>
      <div className="mt-2 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <AlertDialog.Cancel asChild>
          <Button variant="secondary" type="button">
            Cancel
          </Button>
        </AlertDialog.Cancel>
        <Button variant="danger" type="submit" disabled={pending}>
          {pending ? "Deleting…" : "Delete my account"}
        </Button>
      </div>
    </form>
  );
}
