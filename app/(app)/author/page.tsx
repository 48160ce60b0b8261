import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AuthorTabs } from "@/components/author/author-tabs";
import { FlagBadges } from "@/components/author/flag-badges";
import { ITEM_STATUS, correlation, count, duration, share } from "@/components/author/format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { ZItemFilters, type TItemFilters } from "@/lib/schemas/authoring";
import { requireAuthorOrNotFound } from "@/lib/server/auth";
import {
  PAGE_SIZE,
  countOpenReports,
  getFilterChoices,
  getItemStatistics,
  type ItemStatisticsResult,
} from "@/lib/server/authoring";
import { AppError } from "@/lib/server/errors";
import {
  DEFAULT_DIR,
  FACILITY_HIGH,
  FACILITY_LOW,
  FLAG_CODES,
  FLAG_LABELS,
  MIN_RESPONSES,
  type SortKey,
} from "@/lib/stats/item-stats";
import { cn } from "@/lib/ui/cn";

export const metadata: Metadata = { title: "Item statistics" };

type SearchParams = Record<string, string | string[] | undefined>;

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: "item", label: "Item" },
  { key: "answered", label: "Answered", numeric: true },
  { key: "facility", label: "Facility", numeric: true },
  { key: "discrimination", label: "Discrimination", numeric: true },
  { key: "time", label: "Mean time", numeric: true },
  { key: "reports", label: "Open reports", numeric: true },
  { key: "flags", label: "Needs checking" },
];

/** This page's URL with some parameters changed (undefined removes one). */
function href(
  filters: TItemFilters,
  changes: Partial<Record<keyof TItemFilters, string | number | undefined>>,
) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...changes }))
    if (v !== undefined && v !== "") params.set(k, String(v));
  const query = params.toString();
  return query ? `/author?${query}` : "/author";
}

export default async function AuthorItemsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireAuthorOrNotFound("/author");
  const parsed = ZItemFilters.safeParse(await searchParams);
  let filters: TItemFilters = parsed.success ? parsed.data : {};
  let problem = parsed.success
    ? null
    : `${parsed.error.issues.map((i) => i.message).join(" ")} Showing all items.`;
  let result: ItemStatisticsResult;
  try {
    result = await getItemStatistics(user, filters);
  } catch (e) {
    // A filter naming something that does not exist: say which, and show everything instead.
    if (!(e instanceof AppError) || e.code !== "INVALID") throw e;
    problem = `${e.message} Showing all items.`;
    filters = {};
    result = await getItemStatistics(user, filters);
  }
  const [choices, openReports] = await Promise.all([getFilterChoices(user), countOpenReports(user)]);
  const current = { ...filters, sort: result.sort, dir: result.dir };
  const filtered = Boolean(filters.certification || filters.domain || filters.topic || filters.check);
  const first = (result.page - 1) * PAGE_SIZE + 1;
  const last = first + result.pageItems.length - 1;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Author</h1>
        <p className="text-muted-foreground mt-1 text-sm">
          How each question performs with learners, and what they report about it.
        </p>
      </div>
      <AuthorTabs active="items" openReports={openReports} />

      {problem && (
        <Alert tone="warning" role="alert">
          {problem}
        </Alert>
      )}

      <form
        method="get"
        action="/author"
        aria-label="Filter items"
        className="border-border bg-card grid gap-4 rounded-2xl border p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <Field id="f-certification" label="Certification">
          {(a11y) => (
            <Select {...a11y} name="certification" defaultValue={filters.certification ?? ""}>
              <option value="">All certifications</option>
              {choices.certifications.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.code}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="f-domain" label="Domain">
          {(a11y) => (
            <Select {...a11y} name="domain" defaultValue={filters.domain ?? ""}>
              <option value="">All domains</option>
              {choices.certifications.map((c) => (
                <optgroup key={c.slug} label={c.code}>
                  {c.domains.map((d) => (
                    <option key={d.value} value={d.value}>
                      {c.code} {d.code} · {d.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </Select>
          )}
        </Field>
        <Field id="f-topic" label="Topic">
          {(a11y) => (
            <Select {...a11y} name="topic" defaultValue={filters.topic ?? ""}>
              <option value="">All topics</option>
              {[...new Set(choices.topics.map((t) => t.areaName))].map((area) => (
                <optgroup key={area} label={area}>
                  {choices.topics
                    .filter((t) => t.areaName === area)
                    .map((t) => (
                      <option key={t.slug} value={t.slug}>
                        {t.name}
                      </option>
                    ))}
                </optgroup>
              ))}
            </Select>
          )}
        </Field>
        <Field id="f-check" label="Needs checking">
          {(a11y) => (
            <Select {...a11y} name="check" defaultValue={filters.check ?? ""}>
              <option value="">All items</option>
              <option value="any">Any reason</option>
              {FLAG_CODES.map((c) => (
                <option key={c} value={c}>
                  {FLAG_LABELS[c]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="f-sort" label="Sort by">
          {(a11y) => (
            <Select {...a11y} name="sort" defaultValue={result.sort}>
              {COLUMNS.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="f-dir" label="Order">
          {(a11y) => (
            <Select {...a11y} name="dir" defaultValue={result.dir}>
              <option value="asc">Lowest first (A–Z)</option>
              <option value="desc">Highest first (Z–A)</option>
            </Select>
          )}
        </Field>
        <div className="flex items-end gap-2 sm:col-span-2">
          <Button type="submit">Apply</Button>
          {filtered && (
            <Button asChild variant="ghost">
              <Link href={href({}, { sort: result.sort, dir: result.dir })}>Clear</Link>
            </Button>
          )}
        </div>
      </form>

      <p className="text-muted-foreground text-sm">
        {filtered
          ? `${count(result.totals.matching)} of ${count(result.totals.items)} items match`
          : `${count(result.totals.items)} items`}{" "}
        · {count(result.totals.answers)} answers in finished attempts · {count(result.totals.needsChecking)}{" "}
        need checking
      </p>

      {result.totals.answers === 0 && result.totals.items > 0 && (
        <Card>
          <CardContent className="py-8 text-center">
            <h2 className="text-lg font-semibold">No answers yet</h2>
            <p className="text-muted-foreground mx-auto mt-2 max-w-md text-sm">
              Statistics appear once learners finish attempts (submitted or timed out). Items with open
              reports are flagged straight away.
            </p>
          </CardContent>
        </Card>
      )}

      {result.items.length === 0 ? (
        <Card>
          <CardContent className="py-12 text-center">
            <h2 className="text-lg font-semibold">No items match these filters</h2>
            <p className="text-muted-foreground mx-auto mt-2 max-w-md text-sm">
              Try another certification, domain or topic, or show all items.
            </p>
            <Button asChild variant="secondary" className="mt-6">
              <Link href="/author">Show all items</Link>
            </Button>
          </CardContent>
        </Card>
      ) : (
        <>
          {/* Phones and tablets: one card per item (seven columns do not fit); the table from lg up. */}
          <ul aria-label="Item statistics" className="space-y-3 lg:hidden">
            {result.pageItems.map((row) => (
              <li key={row.externalId} className="border-border bg-card rounded-2xl border p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <Link
                    href={`/author/items/${encodeURIComponent(row.externalId)}`}
                    className="text-primary font-mono text-sm font-semibold break-all hover:underline"
                  >
                    {row.externalId}
                  </Link>
                  {row.status !== "ACTIVE" && (
                    <span className="bg-muted text-muted-foreground rounded-full px-2 py-0.5 text-xs font-semibold">
                      {ITEM_STATUS[row.status]}
                    </span>
                  )}
                </div>
                <p className="mt-1 line-clamp-2 text-sm">{row.stem}</p>
                <p className="text-muted-foreground mt-1 text-xs">
                  {row.certifications.join(" · ")} · {row.topic.name} · v{row.version}
                </p>
                <dl className="mt-3 grid grid-cols-3 gap-x-3 gap-y-2 text-sm sm:grid-cols-5">
                  {(
                    [
                      ["Answered", count(row.stats.answered)],
                      ["Facility", share(row.stats.facility)],
                      ["Discrimination", correlation(row.stats.discrimination)],
                      ["Mean time", duration(row.stats.meanTimeMs)],
                      ["Open reports", String(row.stats.openReports)],
                    ] as const
                  ).map(([label, value]) => (
                    <div key={label}>
                      <dt className="text-muted-foreground text-xs">{label}</dt>
                      <dd className="font-semibold tabular-nums">{value}</dd>
                    </div>
                  ))}
                </dl>
                <FlagBadges flags={row.stats.flags} className="mt-3" />
              </li>
            ))}
          </ul>
          <div className="border-border bg-card hidden overflow-x-auto rounded-2xl border lg:block">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">
                Item statistics, sorted by {COLUMNS.find((c) => c.key === result.sort)?.label}{" "}
                {result.dir === "asc" ? "ascending" : "descending"}. Column headers sort the table.
              </caption>
              <thead className="bg-muted/60 text-muted-foreground text-xs tracking-wide uppercase">
                <tr>
                  {COLUMNS.map((col) => {
                    const active = result.sort === col.key;
                    const dir = active ? (result.dir === "asc" ? "desc" : "asc") : DEFAULT_DIR[col.key];
                    const Icon = !active ? ArrowUpDown : result.dir === "asc" ? ArrowUp : ArrowDown;
                    return (
                      <th
                        key={col.key}
                        scope="col"
                        aria-sort={active ? (result.dir === "asc" ? "ascending" : "descending") : undefined}
                        className={cn("px-3 py-3 align-bottom", col.numeric && "text-right")}
                      >
                        <Link
                          href={href(current, { sort: col.key, dir, page: undefined })}
                          className={cn(
                            "hover:text-foreground inline-flex items-center gap-1 rounded",
                            active && "text-foreground",
                          )}
                        >
                          {col.label}
                          <Icon aria-hidden className="size-3.5" />
                        </Link>
                      </th>
                    );
                  })}
                </tr>
              </thead>
              <tbody className="divide-border divide-y">
                {result.pageItems.map((row) => (
                  <tr key={row.externalId} className="align-top">
                    <th scope="row" className="min-w-64 px-3 py-3 font-normal">
                      <Link
                        href={`/author/items/${encodeURIComponent(row.externalId)}`}
                        className="text-primary font-mono text-sm font-semibold hover:underline"
                      >
                        {row.externalId}
                      </Link>
                      {row.status !== "ACTIVE" && (
                        <span className="bg-muted text-muted-foreground ml-2 rounded-full px-2 py-0.5 text-xs font-semibold">
                          {ITEM_STATUS[row.status]}
                        </span>
                      )}
                      <span className="mt-1 line-clamp-2">{row.stem}</span>
                      <span className="text-muted-foreground mt-1 block text-xs">
                        {row.certifications.join(" · ")} · {row.topic.name} · v{row.version}
                      </span>
                    </th>
                    <td className="px-3 py-3 text-right tabular-nums">
                      {count(row.stats.answered)}
                      {row.stats.omitted > 0 && (
                        <span className="text-muted-foreground block text-xs">
                          +{count(row.stats.omitted)} blank
                        </span>
                      )}
                    </td>
                    <td className="px-3 py-3 text-right tabular-nums">{share(row.stats.facility)}</td>
                    <td className="px-3 py-3 text-right tabular-nums">
                      {correlation(row.stats.discrimination)}
                    </td>
                    <td className="px-3 py-3 text-right tabular-nums">{duration(row.stats.meanTimeMs)}</td>
                    <td className="px-3 py-3 text-right tabular-nums">
                      {row.stats.openReports}
                      {row.stats.totalReports > row.stats.openReports && (
                        <span className="text-muted-foreground block text-xs">
                          of {row.stats.totalReports}
                        </span>
                      )}
                    </td>
                    <td className="min-w-48 px-3 py-3">
                      {row.stats.flags.length ? (
                        <FlagBadges flags={row.stats.flags} />
                      ) : (
                        <span className="text-muted-foreground">
                          {row.stats.answered === 0
                            ? "No answers yet"
                            : row.stats.answered < MIN_RESPONSES
                              ? "Too few answers"
                              : "—"}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      {result.pages > 1 && (
        <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
          <p className="text-muted-foreground">
            Showing {count(first)}–{count(last)} of {count(result.items.length)}
          </p>
          <div className="flex gap-2">
            {result.page > 1 && (
              <Button asChild variant="secondary" size="sm">
                <Link href={href(current, { page: result.page - 1 })}>Previous</Link>
              </Button>
            )}
            {result.page < result.pages && (
              <Button asChild variant="secondary" size="sm">
                <Link href={href(current, { page: result.page + 1 })}>Next</Link>
              </Button>
            )}
          </div>
        </nav>
      )}

      <details className="border-border bg-card rounded-2xl border p-4 text-sm">
        <summary className="cursor-pointer font-semibold">How these figures are computed</summary>
        <dl className="text-muted-foreground mt-3 space-y-2">
          <div>
            <dt className="text-foreground inline font-medium">Answered</dt>{" "}
            <dd className="inline">
              answers to the item&apos;s current version in finished (submitted or timed-out) attempts, from
              all learners. Retry quizzes of missed questions are left out. Blanks count as wrong in the
              learner&apos;s score but not here.
            </dd>
          </div>
          <div>
            <dt className="text-foreground inline font-medium">Facility</dt>{" "}
            <dd className="inline">share of answers that were correct (higher is easier).</dd>
          </div>
          <div>
            <dt className="text-foreground inline font-medium">Discrimination</dt>{" "}
            <dd className="inline">
              corrected point-biserial: the correlation between answering this item correctly and the
              learner&apos;s share correct on the rest of the same attempt (−1 to 1; above 0.2 is usually
              healthy).
            </dd>
          </div>
          <div>
            <dt className="text-foreground inline font-medium">Needs checking</dt>{" "}
            <dd className="inline">
              with at least {MIN_RESPONSES} answers: facility below {share(FACILITY_LOW)} or above{" "}
              {share(FACILITY_HIGH)}, negative discrimination, or a distractor nobody picks; and any open
              report.
            </dd>
          </div>
        </dl>
      </details>
    </div>
  );
}
