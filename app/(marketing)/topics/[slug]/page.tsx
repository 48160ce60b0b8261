import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader, Section, SourceLink } from "@/components/catalog/page-header";
import { Button } from "@/components/ui/button";
import { figureDate, figureValue, headlineFigure } from "@/lib/careers/figures";
import { MasteryBar } from "@/components/progress/mastery-bar";
import { getCurrentUser } from "@/lib/server/auth";
import { getTopic } from "@/lib/server/catalog";
import { getTopicStanding } from "@/lib/server/progress";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await getTopic((await params).slug);
  return topic ? { title: topic.name, description: topic.summary } : { title: "Topic not found" };
}

const LEVELS = ["", "Very easy", "Easy", "Medium", "Hard", "Very hard"];

export default async function TopicPage({ params }: Props) {
  const topic = await getTopic((await params).slug);
  if (!topic) notFound();
  const max = Math.max(1, ...topic.byDifficulty.map((d) => d.count));

  return (
    <>
      <PageHeader eyebrow={topic.areaName} title={topic.name} crumbs={[{ href: "/topics", label: "Topics" }]}>
        {topic.summary}
      </PageHeader>
      <div className="mx-auto max-w-6xl px-4 pb-16 sm:px-6">
        <YourStanding slug={topic.slug} />
        <div className="mt-8 flex flex-wrap items-center gap-3">
          <Button asChild size="lg">
            <Link href={`/exams/new?topic=${topic.slug}&mode=tutor`}>Practise this topic</Link>
          </Button>
          <p className="text-muted-foreground text-sm">
            Tutor mode: every answer explained as you go. Sign-in required.
          </p>
        </div>

        <div className="grid gap-8 lg:grid-cols-2">
          <Section id="exams" title="Counts towards">
            {topic.certifications.length === 0 ? (
              <p className="text-muted-foreground text-sm">Not part of any outline yet.</p>
            ) : (
              <ul className="divide-border border-border bg-card divide-y rounded-xl border">
                {topic.certifications.map((c) => (
                  <li key={c.slug} className="flex items-center justify-between gap-3 px-4 py-3 text-sm">
                    <Link
                      href={`/certifications/${c.slug}`}
                      className="text-primary font-semibold hover:underline"
                    >
                      {c.code}
                    </Link>
                    <span className="text-muted-foreground text-right">
                      {c.domainCode} · {c.domainName}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section
            id="difficulty"
            title={`${topic.activeItems} practice questions`}
            description="By the author's difficulty rating."
          >
            <table className="w-full text-sm">
              <caption className="sr-only">Questions on {topic.name} by difficulty</caption>
              <tbody>
                {topic.byDifficulty.map((d) => (
                  <tr key={d.difficulty}>
                    <th scope="row" className="text-muted-foreground w-28 py-1 text-left font-medium">
                      {LEVELS[d.difficulty]}
                    </th>
                    <td className="py-1">
                      <div className="flex items-center gap-2">
                        <div
                          aria-hidden
                          className="bg-primary h-3 rounded-full"
                          style={{ width: `${(d.count / max) * 80}%`, minWidth: d.count ? 6 : 0 }}
                        />
                        <span className="tabular-nums">{d.count}</span>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
        </div>

        <Section
          id="roles"
          title="Roles that need it"
          description="What each role earns, as reported by the named source."
        >
          {topic.roles.length === 0 ? (
            <p className="text-muted-foreground text-sm">No role in the career guide lists this topic yet.</p>
          ) : (
            <ul className="grid gap-4 md:grid-cols-2">
              {topic.roles.map((r) => {
                const f = headlineFigure(r.salaries);
                return (
                  <li key={r.slug} className="border-border bg-card rounded-xl border p-5">
                    <Link
                      href={`/careers/${r.slug}`}
                      className="text-primary text-lg font-semibold hover:underline"
                    >
                      {r.title}
                    </Link>
                    <p className="text-muted-foreground mt-1 text-sm">{r.why}</p>
                    {f && (
                      <p className="mt-3 text-sm">
                        <span className="font-semibold tabular-nums">{figureValue(f)}</span>{" "}
                        <span className="text-muted-foreground">
                          {f.label.toLowerCase()}
                          {f.location ? `, ${f.location}` : ""} —{" "}
                          <SourceLink title={f.sourceTitle} url={f.sourceUrl} />, {figureDate(f)}
                        </span>
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </Section>
      </div>
    </>
  );
}

/** A signed-in learner sees their own mastery of the topic next to its career context. */
async function YourStanding({ slug }: { slug: string }) {
  const user = await getCurrentUser();
  if (!user) return null;
  const standing = await getTopicStanding(user.id, slug);
  return (
    <section
      aria-labelledby="your-standing"
      className="border-border bg-card mt-8 rounded-2xl border p-5 shadow-sm"
    >
      <h2 id="your-standing" className="text-muted-foreground text-sm font-medium">
        Your mastery of this topic
      </h2>
      {standing.answered ? (
        <div className="mt-2 flex flex-wrap items-center gap-x-6 gap-y-2">
          <MasteryBar estimate={standing.estimate} className="w-full max-w-md" />
          <p className="text-muted-foreground text-sm">
            {standing.correct} of {standing.answered} answered correctly; recent answers count more.
          </p>
        </div>
      ) : (
        <p className="mt-2 text-sm">
          You have not answered questions on this topic yet — practise it below to see where you stand.
        </p>
      )}
    </section>
  );
}
