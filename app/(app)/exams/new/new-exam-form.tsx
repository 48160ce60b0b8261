"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import type { ActionState } from "@/lib/server/action";
import type { ExamChoices } from "@/lib/server/catalog";
import { cn } from "@/lib/ui/cn";
import { startExamAction } from "../actions";

type Initial = { certification: string; kind: string; mode: "exam" | "tutor"; topic: string };

const choiceClass =
  "flex cursor-pointer items-start gap-3 rounded-xl border border-border p-4 text-sm has-[:checked]:border-primary has-[:checked]:bg-accent has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring";

export function NewExamForm({ choices, initial }: { choices: ExamChoices; initial: Initial }) {
  const [state, formAction, pending] = useActionState(startExamAction, { status: "idle" } as ActionState);
  const [certSlug, setCertSlug] = useState(initial.certification);
  const [kind, setKind] = useState(initial.kind);
  const [timing, setTiming] = useState("untimed");
  const cert = choices.find((c) => c.slug === certSlug) ?? choices[0];
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  if (!cert)
    return (
      <Alert tone="warning" className="mt-6">
        No certifications are loaded yet.
      </Alert>
    );

  return (
    <form action={formAction} className="mt-6 flex flex-col gap-6" noValidate>
      {state.status === "error" && (
        <Alert tone="danger" role="alert">
          {state.message}
        </Alert>
      )}
      <Card>
        <CardContent className="grid gap-5">
          <Field id="certification" label="Certification" errors={errors.certification}>
            {(a11y) => (
              <Select
                {...a11y}
                name="certification"
                value={certSlug}
                onChange={(e) => setCertSlug(e.target.value)}
              >
                {choices.map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {c.code} — {c.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>

          <fieldset>
            <legend className="text-sm font-medium">What to practise</legend>
            <div className="mt-2 grid gap-3 sm:grid-cols-3">
              {[
                {
                  value: "simulated",
                  title: "Simulated exam",
                  text: cert.full
                    ? `${cert.full.itemCount} items · ${cert.full.timeLimitMinutes} min · no feedback until the end`
                    : "Not available",
                },
                {
                  value: "quick",
                  title: "Quick practice",
                  text: cert.quick
                    ? `${cert.quick.itemCount} items · ${cert.quick.timeLimitMinutes} min · weighted like the exam`
                    : "Not available",
                },
                {
                  value: "custom",
                  title: "Custom quiz",
                  text: "Choose domains, topics, size, pool and timing",
                },
              ].map((k) => (
                <label key={k.value} className={choiceClass}>
                  <input
                    type="radio"
                    name="kind"
                    value={k.value}
                    checked={kind === k.value}
                    onChange={() => setKind(k.value)}
                    className="mt-0.5 accent-[var(--primary)]"
                  />
                  <span>
                    <span className="block font-semibold">{k.title}</span>
                    <span className="text-muted-foreground block">{k.text}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>

          {kind !== "simulated" && (
            <fieldset>
              <legend className="text-sm font-medium">Feedback</legend>
              <div className="mt-2 grid gap-3 sm:grid-cols-2">
                <label className={choiceClass}>
                  <input
                    type="radio"
                    name="mode"
                    value="exam"
                    defaultChecked={initial.mode === "exam"}
                    className="mt-0.5 accent-[var(--primary)]"
                  />
                  <span>
                    <span className="block font-semibold">Exam style</span>
                    <span className="text-muted-foreground block">
                      Answers and explanations after you submit
                    </span>
                  </span>
                </label>
                <label className={choiceClass}>
                  <input
                    type="radio"
                    name="mode"
                    value="tutor"
                    defaultChecked={initial.mode === "tutor"}
                    className="mt-0.5 accent-[var(--primary)]"
                  />
                  <span>
                    <span className="block font-semibold">Tutor</span>
                    <span className="text-muted-foreground block">
                      See the answer and every option explained as you go; can pause
                    </span>
                  </span>
                </label>
              </div>
            </fieldset>
          )}
        </CardContent>
      </Card>

      {kind === "custom" && (
        <Card>
          <CardContent className="grid gap-5">
            <fieldset>
              <legend className="text-sm font-medium">Domains (leave all unticked for every domain)</legend>
              <div className="mt-2 grid gap-2 sm:grid-cols-2">
                {cert.domains.map((d) => (
                  <label key={d.code} className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      name="domains[]"
                      value={d.code}
                      className="size-4 accent-[var(--primary)]"
                    />
                    <span>
                      <span className="text-muted-foreground">{d.code}</span> {d.name}
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            <Field id="topic" label="Topic (optional)">
              {(a11y) => (
                <Select {...a11y} name="topics[]" defaultValue={initial.topic}>
                  <option value="">Any topic</option>
                  {cert.domains.map((d) => (
                    <optgroup key={d.code} label={`${d.code} ${d.name}`}>
                      {d.topics.map((t) => (
                        <option key={t.slug} value={t.slug}>
                          {t.name}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </Select>
              )}
            </Field>
            <div className="grid gap-5 sm:grid-cols-2">
              <Field id="count" label="Number of questions" errors={errors.count}>
                {(a11y) => (
                  <Input
                    {...a11y}
                    name="count"
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={200}
                    defaultValue={20}
                  />
                )}
              </Field>
              <Field id="pool" label="Draw from" errors={errors.pool}>
                {(a11y) => (
                  <Select {...a11y} name="pool" defaultValue="all">
                    <option value="all">All questions</option>
                    <option value="unused">Questions I have not seen</option>
                    <option value="incorrect">Questions I got wrong</option>
                    <option value="flagged">Questions I flagged</option>
                  </Select>
                )}
              </Field>
              <Field id="timing" label="Timing">
                {(a11y) => (
                  <Select {...a11y} name="timing" value={timing} onChange={(e) => setTiming(e.target.value)}>
                    <option value="untimed">Untimed</option>
                    <option value="timed">Timed</option>
                  </Select>
                )}
              </Field>
              <div className={cn(timing !== "timed" && "opacity-60")}>
                <Field
                  id="secondsPerItem"
                  label="Seconds per question"
                  hint="The CIIP pace is about 60; PARCA's about 36."
                  errors={errors.secondsPerItem}
                >
                  {(a11y) => (
                    <Input
                      {...a11y}
                      name="secondsPerItem"
                      type="number"
                      inputMode="numeric"
                      min={20}
                      max={600}
                      defaultValue={60}
                      disabled={timing !== "timed"}
                    />
                  )}
                </Field>
              </div>
            </div>
          </CardContent>
        </Card>
      )}

      <div className="flex justify-end">
        <Button type="submit" size="lg" disabled={pending}>
          {pending ? "Preparing your questions…" : "Start"}
        </Button>
      </div>
    </form>
  );
}
