import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/catalog/page-header";
import { listTopics } from "@/lib/server/catalog";

export const metadata: Metadata = {
  title: "Topics",
  description:
    "Every topic in the CIIP and PARCA outlines — DICOM, HL7, IHE, networking, security, display QC and more — with the roles that need it.",
};

export default async function TopicsPage() {
  const areas = await listTopics();
  return (
    <>
      <PageHeader eyebrow="Topics" title="What the exams cover">
        From DICOM query/retrieve and HL7 orders to RAID, VPNs, display calibration and procurement — each
        topic shows the roles that need it and what they earn.
      </PageHeader>
      <div className="mx-auto max-w-6xl space-y-10 px-4 py-10 sm:px-6">
        {areas.map((area) => (
          <section key={area.slug} aria-labelledby={`area-${area.slug}`}>
            <h2 id={`area-${area.slug}`} className="text-xl font-bold tracking-tight">
              {area.name}
            </h2>
            <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {area.topics.map((t) => (
                <li key={t.slug}>
                  <Link
                    href={`/topics/${t.slug}`}
                    className="border-border bg-card hover:border-primary/60 flex h-full flex-col rounded-xl border p-4 transition"
                  >
                    <span className="font-semibold">{t.name}</span>
                    <span className="text-muted-foreground mt-1 flex-1 text-sm">{t.summary}</span>
                    <span className="text-muted-foreground mt-3 text-xs font-medium">
                      {t.activeItems} question{t.activeItems === 1 ? "" : "s"}
                      {t._count.roles > 0 &&
                        ` · needed by ${t._count.roles} role${t._count.roles === 1 ? "" : "s"}`}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
