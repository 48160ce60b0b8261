"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { ActionState } from "@/lib/server/action";
import { formString } from "@/lib/ui/form";
import { PASSWORD_MIN } from "@/lib/schemas/auth";
import { signUpAction } from "./actions";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(
    async (prev: ActionState, formData: FormData) => {
      // The browser's zone decides when the learner's day starts (reviews due today, streaks).
      formData.set("timeZone", Intl.DateTimeFormat().resolvedOptions().timeZone);
      const result = await signUpAction(prev, formData);
      if (result.status !== "success") return result;
      // The account exists; sign straight in with what was just typed.
      const res = await signIn("credentials", {
        email: formString(formData, "email"),
        password: formString(formData, "password"),
        redirect: false,
      });
      if (res?.ok && !res.error) {
        router.replace(callbackUrl);
        router.refresh();
      } else {
        router.replace("/signin?registered=1");
      }
      return result;
    },
    { status: "idle" } as ActionState,
  );

  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const values = state.status === "error" ? (state.values ?? {}) : {};

  return (
    <form action={formAction} className="mt-6 flex flex-col gap-4" noValidate>
      {state.status === "error" && !state.fieldErrors && (
        <Alert tone="danger" role="alert">
          {state.message}
        </Alert>
      )}
      <Field id="name" label="Name" errors={errors.name}>
        {(a11y) => (
          <Input
            {...a11y}
            name="name"
            autoComplete="name"
            defaultValue={values.name}
            required
            maxLength={100}
          />
        )}
      </Field>
      <Field id="email" label="Email" errors={errors.email}>
        {(a11y) => (
          <Input
            {...a11y}
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={values.email}
            required
          />
        )}
      </Field>
      <Field
        id="password"
        label="Password"
        hint={`At least ${PASSWORD_MIN} characters. A short phrase is easy to remember.`}
        errors={errors.password}
      >
        {(a11y) => (
          <Input
            {...a11y}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={PASSWORD_MIN}
          />
        )}
      </Field>
      <Button type="submit" size="lg" disabled={pending} className="mt-2">
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
