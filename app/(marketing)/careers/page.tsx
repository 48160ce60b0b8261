import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, SourceLink } from "@/components/catalog/page-header";
import { SalaryChart } from "@/components/charts/salary-chart";
import { chartRows, figureDate, figureValue, headlineFigure } from "@/lib/careers/figures";
import { listRoles } from "@/lib/server/catalog";

export const metadata: Metadata = {
  title: "Careers and salaries",
  description:
    "PACS analyst, PACS administrator, RIS analyst and cardiology PACS roles: what they earn, where pay is highest, and the topics and certifications that lead there.",
};

export default async function CareersPage() {
  const roles = await listRoles();
  const overview = roles.flatMap((r) => {
    const f = headlineFigure(r.salaries);
    return f ? chartRows([{ ...f, label: r.title }]) : [];
  });
  const sources = [...new Map(roles.flatMap((r) => r.salaries).map((s) => [s.sourceTitle, s])).values()];

  return (
    <>
      <PageHeader eyebrow="Careers" title="What imaging-informatics roles earn">
        Salary ranges, top-paying locations and career paths for PACS and RIS roles — and the topics and
        certifications that lead there. Every figure shows its source; none of the source&apos;s figures carry
        a year, so they are marked undated.
      </PageHeader>
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <section aria-labelledby="compare" className="border-border bg-card rounded-2xl border p-6">
          <h2 id="compare" className="text-lg font-semibold">
            Headline pay by role
          </h2>
          <p className="text-muted-foreground mt-1 text-sm">
            Bars show a reported range; a bar from zero is a single reported average.
          </p>
          <div className="mt-4">
            <SalaryChart rows={overview} />
          </div>
        </section>

        <ul className="mt-8 grid gap-5 md:grid-cols-2">
          {roles.map((r) => {
            const f = headlineFigure(r.salaries);
            return (
              <li key={r.slug}>
                <Link
                  href={`/careers/${r.slug}`}
                  className="border-border bg-card hover:border-primary/60 flex h-full flex-col rounded-2xl border p-6 shadow-sm transition"
                >
                  <h2 className="text-xl font-bold">{r.title}</h2>
                  <p className="text-muted-foreground mt-2 flex-1 text-sm">{r.summary}</p>
                  {f && (
                    <p className="mt-4">
                      <span className="text-2xl font-bold tabular-nums">{figureValue(f)}</span>
                      <span className="text-muted-foreground block text-xs">
                        {f.label}
                        {f.location ? `, ${f.location}` : ""} · {f.sourceTitle} · {figureDate(f)}
                      </span>
                    </p>
                  )}
                  <p className="text-muted-foreground mt-3 text-xs font-medium">
                    Helpful certifications: {r.certifications.map((c) => c.certification.code).join(", ")}
                  </p>
                </Link>
              </li>
            );
          })}
        </ul>
        <p className="text-muted-foreground mt-8 text-sm">
          Source{sources.length > 1 ? "s" : ""}:{" "}
          {sources.map((s, i) => (
            <span key={s.sourceTitle}>
              {i > 0 && "; "}
              <SourceLink title={s.sourceTitle} url={s.sourceUrl} />
            </span>
          ))}
          . Figures are reproduced as the source states them; check current postings before negotiating.
        </p>
      </div>
    </>
  );
}
