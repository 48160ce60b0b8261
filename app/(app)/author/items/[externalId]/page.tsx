import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthorTabs } from "@/components/author/author-tabs";
import { FlagList } from "@/components/author/flag-badges";
import { ITEM_STATUS, correlation, count, date, duration, share } from "@/components/author/format";
import { ItemVersion } from "@/components/author/item-version";
import { RichText } from "@/components/exam/rich-text";
import { ReportCard } from "@/components/author/report-card";
import { OptionDistributionChart } from "@/components/charts/option-distribution-chart";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent } from "@/components/ui/card";
import { OPTION_LETTERS } from "@/lib/exam/letters";
import { requireAuthorOrNotFound } from "@/lib/server/auth";
import { countOpenReports, getItemDetail } from "@/lib/server/authoring";
import { AppError } from "@/lib/server/errors";
import { MIN_RESPONSES } from "@/lib/stats/item-stats";

type Props = { params: Promise<{ externalId: string }>; searchParams: Promise<{ done?: string }> };

/** Item ids are slugs; anything else cannot exist (and must not reach the database as a 500). */
function itemId(raw: string): string | null {
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return /^[A-Za-z0-9_-]{1,120}$/.test(id) ? id : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Item ${itemId((await params).externalId) ?? "not found"}` };
}

export default async function AuthorItemPage({ params, searchParams }: Props) {
  const externalId = itemId((await params).externalId);
  const path = `/author/items/${encodeURIComponent(externalId ?? "")}`;
  const user = await requireAuthorOrNotFound(path);
  if (!externalId) notFound();
  const item = await getItemDetail(user, externalId).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const openReports = await countOpenReports(user);
  const { done } = await searchParams;
  const current = item.versions[0]!;
  const s = current.stats;
  const older = item.versions.slice(1);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <nav aria-label="Breadcrumb" className="text-muted-foreground mb-2 text-sm">
          <ol className="flex flex-wrap items-center gap-1.5">
            <li className="flex items-center gap-1.5">
              <Link href="/author" className="hover:text-foreground hover:underline">
                Item statistics
              </Link>
              <span aria-hidden>/</span>
            </li>
            <li aria-current="page" className="font-mono">
              {item.externalId}
            </li>
          </ol>
        </nav>
        <h1 className="font-mono text-2xl font-bold tracking-tight break-all">{item.externalId}</h1>
        <p className="text-muted-foreground mt-1 text-sm">
          {ITEM_STATUS[item.status]} · version {current.version} ·{" "}
          {item.certifications.map((c) => c.code).join(", ")} ·{" "}
          <Link
            href={`/topics/${item.topic.slug}`}
            className="hover:text-foreground underline underline-offset-2"
          >
            {item.topic.name}
          </Link>{" "}
          · author&apos;s difficulty {item.difficulty}/5
        </p>
      </div>
      <AuthorTabs active="items" openReports={openReports} />

      {done && (
        <Alert tone="success" role="status">
          Report marked {done === "retired" ? "retired" : "resolved"}.
        </Alert>
      )}

      {s.flags.length > 0 && (
        <Alert tone="warning">
          <p className="mb-1.5 font-semibold">Needs checking</p>
          <FlagList flags={s.flags} />
        </Alert>
      )}

      <section aria-labelledby="figures">
        <h2 id="figures" className="sr-only">
          Figures for version {current.version}
        </h2>
        <div className="grid grid-cols-2 gap-4 lg:grid-cols-5">
          {[
            [
              "Answered",
              count(s.answered),
              s.omitted ? `+${count(s.omitted)} left blank` : "in finished attempts",
            ],
            ["Facility", share(s.facility), "share correct"],
            ["Discrimination", correlation(s.discrimination), "corrected point-biserial"],
            ["Mean time", duration(s.meanTimeMs), "per answer"],
            ["Reports", `${s.openReports} open`, `${s.totalReports} in all`],
          ].map(([label, value, note]) => (
            <Card key={label}>
              <CardContent className="p-4 sm:p-5">
                <p className="text-muted-foreground text-sm">{label}</p>
                <p className="mt-1 text-2xl font-bold tabular-nums">{value}</p>
                <p className="text-muted-foreground text-xs">{note}</p>
              </CardContent>
            </Card>
          ))}
        </div>
        {s.answered > 0 && s.answered < MIN_RESPONSES && (
          <p className="text-muted-foreground mt-3 text-sm">
            Only {s.answered} answers so far: flags about facility, discrimination and distractors wait for{" "}
            {MIN_RESPONSES}.
          </p>
        )}
      </section>

      <section aria-labelledby="choices" className="border-border bg-card rounded-2xl border p-5 sm:p-6">
        <h2 id="choices" className="text-lg font-semibold">
          Option choices
        </h2>
        {s.answered === 0 ? (
          <p className="text-muted-foreground mt-2 text-sm">
            No answers yet — statistics appear once learners finish attempts with this version.
          </p>
        ) : (
          <div className="mt-4 grid gap-6 lg:grid-cols-[1fr_1.2fr]">
            <OptionDistributionChart
              data={s.options.map((o) => ({
                letter: OPTION_LETTERS[o.option] ?? "?",
                percent: Math.round((o.share ?? 0) * 1000) / 10,
                isKey: o.isKey,
              }))}
            />
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Answers per option, in authored order</caption>
                <thead className="text-muted-foreground text-xs tracking-wide uppercase">
                  <tr>
                    <th scope="col" className="py-2 pr-3">
                      Option
                    </th>
                    <th scope="col" className="py-2 pr-3 text-right">
                      Picks
                    </th>
                    <th scope="col" className="py-2 text-right">
                      Share
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-border divide-y">
                  {s.options.map((o) => (
                    <tr key={o.option}>
                      <th scope="row" className="py-2 pr-3 font-normal">
                        <span className="font-semibold">{OPTION_LETTERS[o.option]}</span>
                        {o.isKey && (
                          <span className="text-success ml-1.5 text-xs font-bold uppercase">key</span>
                        )}
                        <span className="text-muted-foreground line-clamp-1 block text-xs">
                          {current.optionTexts[o.option]}
                        </span>
                      </th>
                      <td className="py-2 pr-3 text-right tabular-nums">{count(o.count)}</td>
                      <td className="py-2 text-right tabular-nums">{share(o.share)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby="content" className="border-border bg-card rounded-2xl border p-5 sm:p-6">
        <h2 id="content" className="text-lg font-semibold">
          Version {current.version}
          {current.isCurrent && <span className="text-muted-foreground font-normal"> (current)</span>}
        </h2>
        <p className="text-muted-foreground mb-4 text-xs">Imported {date(current.createdAt)}</p>
        <ItemVersion v={current} />
        <div className="mt-5 text-sm">
          <h3 className="font-semibold">Explanation</h3>
          <RichText text={current.explanation} className="text-muted-foreground mt-1 leading-6" />
          {current.references.length > 0 && (
            <>
              <h3 className="mt-3 font-semibold">References</h3>
              <ul className="text-muted-foreground mt-1 list-disc pl-5">
                {current.references.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      </section>

      {older.length > 0 && (
        <section aria-labelledby="versions">
          <h2 id="versions" className="mb-3 text-lg font-semibold">
            Earlier versions
          </h2>
          <div className="border-border bg-card overflow-x-auto rounded-2xl border">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Statistics of earlier versions of this item</caption>
              <thead className="bg-muted/60 text-muted-foreground text-xs tracking-wide uppercase">
                <tr>
                  <th scope="col" className="px-4 py-3">
                    Version
                  </th>
                  <th scope="col" className="px-4 py-3 text-right">
                    Answered
                  </th>
                  <th scope="col" className="px-4 py-3 text-right">
                    Facility
                  </th>
                  <th scope="col" className="px-4 py-3 text-right">
                    Discrimination
                  </th>
                  <th scope="col" className="px-4 py-3">
                    Key
                  </th>
                </tr>
              </thead>
              <tbody className="divide-border divide-y">
                {older.map((v) => (
                  <tr key={v.id}>
                    <th scope="row" className="px-4 py-3 font-medium">
                      v{v.version}{" "}
                      <span className="text-muted-foreground font-normal">· {date(v.createdAt)}</span>
                    </th>
                    <td className="px-4 py-3 text-right tabular-nums">{count(v.stats.answered)}</td>
                    <td className="px-4 py-3 text-right tabular-nums">{share(v.stats.facility)}</td>
                    <td className="px-4 py-3 text-right tabular-nums">
                      {correlation(v.stats.discrimination)}
                    </td>
                    <td className="px-4 py-3">{OPTION_LETTERS[v.correctOption]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="reports">
        <h2 id="reports" className="mb-3 text-lg font-semibold">
          Reports
        </h2>
        {item.reports.length === 0 ? (
          <p className="text-muted-foreground text-sm">No learner has reported a problem with this item.</p>
        ) : (
          <ul className="space-y-4">
            {item.reports.map((r) => (
              <li key={r.id}>
                <ReportCard report={r} returnTo={path} showItem={false} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
