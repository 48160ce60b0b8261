"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import type { ActionState } from "@/lib/server/action";
import { saveSettingsAction } from "./actions";

type Initial = {
  targetCertification: string;
  examDate: string;
  theme: "SYSTEM" | "LIGHT" | "DARK";
  dailyGoal: string;
  showStreak: boolean;
  targetRetention: string;
  timeZone: string;
};

const THEMES = [
  { value: "SYSTEM", label: "System", hint: "Follow your device" },
  { value: "LIGHT", label: "Light", hint: "Bright rooms" },
  { value: "DARK", label: "Dark", hint: "Reading rooms" },
] as const;

export function SettingsForm({
  certifications,
  timeZones,
  initial,
}: {
  certifications: { slug: string; code: string; name: string }[];
  timeZones: string[];
  initial: Initial;
}) {
  const [state, formAction, pending] = useActionState(saveSettingsAction, { status: "idle" } as ActionState);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const v =
    state.status === "error" && state.values
      ? { ...initial, ...state.values, showStreak: state.values.showStreak === "on" }
      : initial;
  const today = new Date().toISOString().slice(0, 10);

  return (
    <form action={formAction} className="mt-6 flex flex-col gap-6" noValidate>
      <div aria-live="polite">
        {state.status === "success" && <Alert tone="success">{state.message}</Alert>}
        {state.status === "error" && (
          <Alert tone="danger" role="alert">
            {state.message}
          </Alert>
        )}
      </div>

      <Card>
        <CardHeader>
          <CardTitle>Your exam</CardTitle>
          <CardDescription>Which certification you are preparing for, and when you sit it.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-5 sm:grid-cols-2">
          <Field id="targetCertification" label="Target certification" errors={errors.targetCertification}>
            {(a11y) => (
              <Select {...a11y} name="targetCertification" defaultValue={v.targetCertification}>
                <option value="">Not chosen yet</option>
                {certifications.map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {c.code} — {c.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field
            id="examDate"
            label="Exam date"
            hint="Leave empty if not booked yet."
            errors={errors.examDate}
          >
            {(a11y) => <Input {...a11y} name="examDate" type="date" min={today} defaultValue={v.examDate} />}
          </Field>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Study habits</CardTitle>
          <CardDescription>
            Goals and streaks are there to help; switch them off if they don&apos;t.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-5 sm:grid-cols-2">
          <Field
            id="dailyGoal"
            label="Daily goal (questions)"
            hint="0 switches the daily goal off."
            errors={errors.dailyGoal}
          >
            {(a11y) => (
              <Input
                {...a11y}
                name="dailyGoal"
                type="number"
                inputMode="numeric"
                min={0}
                max={500}
                defaultValue={v.dailyGoal}
              />
            )}
          </Field>
          <Field
            id="targetRetention"
            label="Review target retention"
            hint="How likely you want to recall a reviewed item when it comes due (0.70–0.97). Higher means more reviews."
            errors={errors.targetRetention}
          >
            {(a11y) => (
              <Input
                {...a11y}
                name="targetRetention"
                type="number"
                inputMode="decimal"
                step="0.01"
                min={0.7}
                max={0.97}
                defaultValue={v.targetRetention}
              />
            )}
          </Field>
          <Field
            id="timeZone"
            label="Your time zone"
            hint="Decides when your day starts for reviews due today, streaks and weekly counts."
            errors={errors.timeZone}
          >
            {(a11y) => (
              <Select {...a11y} name="timeZone" defaultValue={v.timeZone}>
                {(timeZones.includes(v.timeZone) ? timeZones : ["UTC", ...timeZones]).map((tz) => (
                  <option key={tz} value={tz}>
                    {tz.replace(/_/g, " ")}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <label className="flex items-center gap-3 text-sm font-medium sm:col-span-2">
            <input
              type="checkbox"
              name="showStreak"
              value="on"
              defaultChecked={v.showStreak}
              className="border-input size-4 rounded accent-[var(--primary)]"
            />
            Show my activity streak on the dashboard
          </label>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Display</CardTitle>
          <CardDescription>Dark mode is easier on the eyes in a dim reading room.</CardDescription>
        </CardHeader>
        <CardContent>
          <fieldset>
            <legend className="text-sm font-medium">Theme</legend>
            <div className="mt-2 grid gap-3 sm:grid-cols-3">
              {THEMES.map((t) => (
                <label
                  key={t.value}
                  className="border-border has-[:checked]:border-primary has-[:checked]:bg-accent has-[:focus-visible]:outline-ring flex cursor-pointer items-start gap-3 rounded-xl border p-3 text-sm has-[:focus-visible]:outline-2"
                >
                  <input
                    type="radio"
                    name="theme"
                    value={t.value}
                    defaultChecked={v.theme === t.value}
                    className="mt-0.5 accent-[var(--primary)]"
                  />
                  <span>
                    <span className="block font-semibold">{t.label}</span>
                    <span className="text-muted-foreground block">{t.hint}</span>
                  </span>
                </label>
              ))}
            </div>
            {errors.theme && <p className="text-danger mt-2 text-sm font-medium">{errors.theme.join(" ")}</p>}
          </fieldset>
        </CardContent>
      </Card>

      <div className="flex justify-end">
        <Button type="submit" size="lg" disabled={pending}>
          {pending ? "Saving…" : "Save settings"}
        </Button>
      </div>
    </form>
  );
}
