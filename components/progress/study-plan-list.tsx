import { BookOpenCheck, Repeat2, Timer } from "lucide-react";
import { StartButton } from "@/components/exam/start-button";
import type { ActionState } from "@/lib/server/action";
import type { Plan } from "@/lib/plan/study-plan";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function StudyPlanList({
  plan,
  certificationSlug,
  startExamAction,
  startReviewAction,
}: {
  plan: Plan;
  certificationSlug: string;
  startExamAction: Action;
  startReviewAction: Action;
}) {
  if (!plan.tasks.length) {
    return <p className="text-muted-foreground text-sm">Nothing left for today. Rest is part of the plan.</p>;
  }
  return (
    <ol className="flex flex-col gap-4">
      {plan.tasks.map((task) => (
        <li key={task.kind} className="flex gap-3">
          <span className="bg-accent text-accent-foreground mt-0.5 flex size-8 shrink-0 items-center justify-center rounded-lg">
            {task.kind === "review" ? (
              <Repeat2 aria-hidden className="size-4" />
            ) : task.kind === "practice" ? (
              <BookOpenCheck aria-hidden className="size-4" />
            ) : (
              <Timer aria-hidden className="size-4" />
            )}
          </span>
          <div className="flex min-w-0 flex-col gap-2">
            <div>
              <h3 className="font-semibold">
                {task.kind === "review"
                  ? `Review ${task.count} due question${task.count === 1 ? "" : "s"}`
                  : task.kind === "practice"
                    ? `${task.count} new questions${task.topic ? ` in ${task.topic.name}` : ""}`
                    : "Sit a full simulated exam"}
              </h3>
              <p className="text-muted-foreground text-sm">{task.why}</p>
            </div>
            {task.kind === "review" ? (
              <StartButton action={startReviewAction} fields={{}} label="Start review" size="sm" />
            ) : task.kind === "practice" ? (
              <StartButton
                action={startExamAction}
                fields={{
                  certification: certificationSlug,
                  kind: "custom",
                  mode: "tutor",
                  timing: "untimed",
                  pool: "all",
                  count: String(task.count),
                  ...(task.topic ? { "topics[]": task.topic.slug } : {}),
                }}
                label="Practise in tutor mode"
                size="sm"
                variant={plan.tasks[0] === task ? "primary" : "secondary"}
              />
            ) : (
              <StartButton
                action={startExamAction}
                fields={{ certification: certificationSlug, kind: "simulated" }}
                label="Start simulated exam"
                size="sm"
                variant="secondary"
              />
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
