"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { formString } from "@/lib/ui/form";

function describeError(error: string): string {
  const throttled = /^THROTTLED:(\d+)$/.exec(error);
  if (throttled) {
    const minutes = Math.max(1, Math.ceil(Number(throttled[1]) / 60));
    return `Too many sign-in attempts. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`;
  }
  return "Email or password is wrong.";
}

export function SignInForm({ callbackUrl, registered }: { callbackUrl: string; registered: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    startTransition(async () => {
      const res = await signIn("credentials", {
        email: formString(form, "email"),
        password: formString(form, "password"),
        redirect: false,
      });
      if (res?.ok && !res.error) {
        router.replace(callbackUrl);
        router.refresh();
      } else {
        setError(describeError(res?.error ?? ""));
      }
    });
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 flex flex-col gap-4" noValidate>
      {registered && <Alert tone="success">Your account is ready. Sign in to start practising.</Alert>}
      {error && (
        <Alert tone="danger" role="alert">
          {error}
        </Alert>
      )}
      <Field id="email" label="Email">
        {(a11y) => <Input {...a11y} name="email" type="email" autoComplete="email" required />}
      </Field>
      <Field id="password" label="Password">
        {(a11y) => (
          <Input {...a11y} name="password" type="password" autoComplete="current-password" required />
        )}
      </Field>
      <Button type="submit" size="lg" disabled={pending} className="mt-2">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
