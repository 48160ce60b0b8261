import type { Metadata } from "next";
import { requireUserOrRedirect } from "@/lib/server/auth";
import { getExamChoices } from "@/lib/server/catalog";
import { getSettings } from "@/lib/server/users";
import { NewExamForm } from "./new-exam-form";

export const metadata: Metadata = { title: "New exam or quiz" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewExamPage({ searchParams }: Props) {
  const user = await requireUserOrRedirect("/exams/new");
  const [choices, settings, params] = await Promise.all([
    getExamChoices(),
    getSettings(user.id),
    searchParams,
  ]);
  const one = (k: string) => (typeof params[k] === "string" ? params[k] : undefined);
  const topic = one("topic");
  const topicCert = topic
    ? choices.find((c) => c.domains.some((d) => d.topics.some((t) => t.slug === topic)))?.slug
    : undefined;
  const certification =
    one("certification") ?? settings.targetCertificationSlug ?? topicCert ?? choices[0]?.slug ?? "ciip";
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight">New exam or quiz</h1>
      <p className="text-muted-foreground mt-1 text-sm">
        A simulated exam follows the real outline and clock. A custom quiz lets you aim at the domains and
        topics you choose.
      </p>
      <NewExamForm
        choices={choices}
        initial={{
          certification,
          kind: topic ? "custom" : (one("kind") ?? "quick"),
          mode: one("mode") === "tutor" ? "tutor" : "exam",
          topic: topic ?? "",
        }}
      />
    </div>
  );
}
