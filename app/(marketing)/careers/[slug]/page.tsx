import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader, Section } from "@/components/catalog/page-header";
import { SalaryTable } from "@/components/catalog/salary-table";
import { SalaryChart } from "@/components/charts/salary-chart";
import { chartRows, figureValue } from "@/lib/careers/figures";
import { getRole } from "@/lib/server/catalog";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const role = await getRole((await params).slug);
  return role
    ? { title: `${role.title} salary and skills`, description: role.summary }
    : { title: "Role not found" };
}

export default async function RolePage({ params }: Props) {
  const role = await getRole((await params).slug);
  if (!role) notFound();
  const pay = role.salaries.filter((f) => f.kind !== "LOCATION_PREMIUM");
  const locations = role.salaries.filter((f) => f.kind === "LOCATION_PREMIUM");

  return (
    <>
      <PageHeader eyebrow="Career" title={role.title} crumbs={[{ href: "/careers", label: "Careers" }]}>
        {role.summary}
      </PageHeader>
      <div className="mx-auto max-w-6xl px-4 pb-16 sm:px-6">
        <Section
          id="pay"
          title="Pay"
          description="Ranges as floating bars, single figures from zero. The table lists every figure with its source."
        >
          <div className="border-border bg-card rounded-2xl border p-4">
            <SalaryChart rows={chartRows(pay)} />
          </div>
          <div className="mt-4">
            <SalaryTable figures={pay} caption={`${role.title} pay figures`} />
          </div>
        </Section>

        {locations.length > 0 && (
          <Section id="locations" title="Top-paying locations">
            <ul className="grid gap-3 sm:grid-cols-2">
              {locations.map((f) => (
                <li key={f.id} className="border-border bg-card rounded-xl border p-4">
                  <p className="font-semibold">{f.location}</p>
                  <p className="mt-1 text-lg font-bold tabular-nums">{figureValue(f)}</p>
                  {f.note && <p className="text-muted-foreground mt-1 text-sm">{f.note}</p>}
                  <p className="text-muted-foreground mt-2 text-xs">
                    {f.sourceTitle} · {f.year ?? "undated"}
                  </p>
                </li>
              ))}
            </ul>
          </Section>
        )}

        {role.careerPath.length > 0 && (
          <Section id="path" title="Career path">
            <ol className="border-border relative ml-3 border-l-2">
              {role.careerPath.map((s) => (
                <li key={s.stage} className="mb-5 ml-5">
                  <span
                    aria-hidden
                    className="border-card bg-primary absolute -left-[7px] mt-1.5 size-3 rounded-full border-2"
                  />
                  <p className="font-semibold">{s.stage}</p>
                  <p className="text-muted-foreground text-sm">{s.pay}</p>
                </li>
              ))}
            </ol>
          </Section>
        )}

        <div className="grid gap-8 lg:grid-cols-2">
          <Section id="topics" title="Topics to master">
            <ul className="divide-border border-border bg-card divide-y rounded-xl border">
              {role.topics.map((t) => (
                <li key={t.topicId} className="px-4 py-3">
                  <Link
                    href={`/topics/${t.topic.slug}`}
                    className="text-primary font-semibold hover:underline"
                  >
                    {t.topic.name}
                  </Link>
                  <p className="text-muted-foreground text-sm">{t.why}</p>
                </li>
              ))}
            </ul>
          </Section>
          <Section id="certifications" title="Certifications that help">
            <ul className="divide-border border-border bg-card divide-y rounded-xl border">
              {role.certifications.map((c) => (
                <li key={c.certificationId} className="px-4 py-3">
                  <Link
                    href={`/certifications/${c.certification.slug}`}
                    className="text-primary font-semibold hover:underline"
                  >
                    {c.certification.code} — {c.certification.name}
                  </Link>
                  <p className="text-muted-foreground text-sm">{c.why}</p>
                </li>
              ))}
            </ul>
          </Section>
        </div>

        <Section id="qualifications" title="What employers look for">
          <p className="text-muted-foreground max-w-3xl">{role.qualifications}</p>
        </Section>
      </div>
    </>
  );
}
