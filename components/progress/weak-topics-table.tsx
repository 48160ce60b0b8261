import { StartButton } from "@/components/exam/start-button";
import type { RankedTopic } from "@/lib/mastery/weak-topics";
import type { ActionState } from "@/lib/server/action";
import { MasteryBar } from "./mastery-bar";
import Link from "next/link";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function WeakTopicsTable({
  topics,
  certificationSlug,
  startExamAction,
  caption = "Topics, weakest first",
}: {
  topics: RankedTopic[];
  certificationSlug: string;
  startExamAction: Action;
  caption?: string;
}) {
  return (
    <div className="relative -mx-2 overflow-x-auto px-2">
      <table className="w-full min-w-[40rem] text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="text-muted-foreground border-border border-b text-left">
            <th scope="col" className="py-2 pr-3 font-medium">
              Topic
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Your mastery (90% range)
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              Answered
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              Points at stake
            </th>
            <th scope="col" className="py-2 font-medium">
              <span className="sr-only">Practice</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-border divide-y">
          {topics.map((t) => (
            <tr key={t.slug}>
              <th scope="row" className="py-2.5 pr-3 text-left font-normal">
                <Link href={`/topics/${t.slug}`} className="font-medium hover:underline">
                  {t.name}
                </Link>
                <span className="text-muted-foreground block text-xs">
                  {t.domainCode} · {t.domainName}
                </span>
              </th>
              <td className="py-2.5 pr-3">
                <MasteryBar estimate={t.estimate} />
              </td>
              <td className="py-2.5 pr-3 text-right tabular-nums">{t.answered}</td>
              <td className="py-2.5 pr-3 text-right tabular-nums">{t.pointsAtStake.toFixed(1)}</td>
              <td className="py-2.5 text-right">
                <StartButton
                  action={startExamAction}
                  fields={{
                    certification: certificationSlug,
                    kind: "custom",
                    mode: "tutor",
                    timing: "untimed",
                    pool: "all",
                    count: "10",
                    "topics[]": t.slug,
                  }}
                  label="Practise"
                  pendingLabel="Starting…"
                  size="sm"
                  variant="secondary"
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
