import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader, Section } from "@/components/catalog/page-header";
import { BlueprintChart } from "@/components/charts/blueprint-chart";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { getCertification } from "@/lib/server/catalog";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const cert = await getCertification((await params).slug);
  return cert
    ? {
        title: `${cert.code} — ${cert.name}`,
        description: `${cert.code} exam format, outline, topics and practice exams. ${cert.summary}`,
      }
    : { title: "Certification not found" };
}

export default async function CertificationPage({ params }: Props) {
  const cert = await getCertification((await params).slug);
  if (!cert) notFound();
  const full = cert.forms.find((f) => f.kind === "FULL");
  const quick = cert.forms.find((f) => f.kind === "QUICK");

  return (
    <>
      <PageHeader
        eyebrow={cert.bodyName}
        title={`${cert.code} — ${cert.name}`}
        crumbs={[{ href: "/certifications", label: "Certifications" }]}
      >
        {cert.summary}
      </PageHeader>
      <div className="mx-auto max-w-6xl px-4 pb-16 sm:px-6">
        <div className="mt-8 flex flex-wrap items-center gap-3">
          <Button asChild size="lg">
            <Link href={`/exams/new?certification=${cert.slug}`}>Start {cert.code} practice</Link>
          </Button>
          <p className="text-muted-foreground text-sm">
            {full && `Simulated exam: ${full.itemCount} items in ${full.timeLimitMinutes} minutes.`}{" "}
            {quick && `Quick practice: ${quick.itemCount} items in ${quick.timeLimitMinutes} minutes.`}{" "}
            Sign-in required.
          </p>
        </div>
        {cert.provisional && (
          <Alert tone="warning" className="mt-6">
            PARCA has not published a full requirement list for {cert.code}; the sections below are this
            platform&apos;s provisional outline, inferred from PARCA&apos;s description of the certification.
          </Alert>
        )}

        <Section
          id="blueprint"
          title="Exam blueprint"
          description={`Domains by share of the simulated exam. Outline: ${cert.outline}.`}
        >
          <div className="grid gap-8 lg:grid-cols-[1.1fr_1fr]">
            <BlueprintChart
              data={cert.domains.map((d) => ({ code: d.code, name: d.name, weight: d.weight }))}
            />
            <div className="border-border relative overflow-x-auto rounded-xl border">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">
                  {cert.code} domains, items on the simulated exam and questions in the bank
                </caption>
                <thead className="bg-muted/60 text-muted-foreground text-xs tracking-wide uppercase">
                  <tr>
                    <th scope="col" className="px-3 py-2.5">
                      Domain
                    </th>
                    <th scope="col" className="px-3 py-2.5 text-right">
                      Exam items
                    </th>
                    <th scope="col" className="px-3 py-2.5 text-right">
                      Share
                    </th>
                    <th scope="col" className="px-3 py-2.5 text-right">
                      In bank
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-border divide-y">
                  {cert.domains.map((d) => (
                    <tr key={d.id}>
                      <th scope="row" className="px-3 py-2 font-medium">
                        <span className="text-muted-foreground">{d.code}</span> {d.name}
                      </th>
                      <td className="px-3 py-2 text-right tabular-nums">{d.formCount}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{(d.weight * 100).toFixed(1)}%</td>
                      <td className="px-3 py-2 text-right tabular-nums">{d.activeItems}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
          {full && <p className="text-muted-foreground mt-3 text-sm">{full.note}</p>}
        </Section>

        <Section
          id="facts"
          title="Format facts"
          description="Each fact links to its source. Where sources disagree, both are shown and the platform's choice is marked."
        >
          <dl className="divide-border border-border bg-card divide-y rounded-xl border">
            {cert.facts.map((f) => (
              <div key={`${f.label}-${f.value}`} className="grid gap-1 px-4 py-3 sm:grid-cols-[14rem_1fr]">
                <dt className="text-sm font-semibold">
                  {f.label}
                  {f.platform && (
                    <span className="bg-accent text-accent-foreground ml-2 rounded-full px-2 py-0.5 text-xs font-semibold">
                      Used here
                    </span>
                  )}
                </dt>
                <dd className="text-sm">
                  {f.value}{" "}
                  <span className="text-muted-foreground">
                    (source:{" "}
                    {f.sources.map((s, i) => (
                      <span key={s}>
                        {i > 0 && ", "}
                        <a
                          href={s}
                          rel="noreferrer"
                          className="decoration-border hover:text-foreground underline underline-offset-2"
                        >
                          {new URL(s).hostname.replace(/^www\./, "")}
                        </a>
                      </span>
                    ))}
                    )
                  </span>
                </dd>
              </div>
            ))}
          </dl>
        </Section>

        <Section id="topics" title="Topics by domain">
          <div className="grid gap-4 md:grid-cols-2">
            {cert.domains.map((d) => (
              <div key={d.id} className="border-border bg-card rounded-xl border p-4">
                <h3 className="font-semibold">
                  <span className="text-muted-foreground">{d.code}</span> {d.name}
                </h3>
                <ul className="mt-2 flex flex-wrap gap-2">
                  {d.topics.map((t) => (
                    <li key={t.slug}>
                      <Link
                        href={`/topics/${t.slug}`}
                        className="border-border hover:border-primary hover:text-primary inline-flex rounded-full border px-3 py-1 text-sm"
                      >
                        {t.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </Section>

        {cert.roles.length > 0 && (
          <Section id="roles" title="Roles that value it">
            <ul className="grid gap-3 md:grid-cols-2">
              {cert.roles.map((r) => (
                <li key={r.slug} className="border-border bg-card rounded-xl border p-4">
                  <Link href={`/careers/${r.slug}`} className="text-primary font-semibold hover:underline">
                    {r.title}
                  </Link>
                  <p className="text-muted-foreground mt-1 text-sm">{r.why}</p>
                </li>
              ))}
            </ul>
          </Section>
        )}
      </div>
    </>
  );
}
