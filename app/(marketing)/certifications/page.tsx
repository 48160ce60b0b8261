import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/catalog/page-header";
import { listCertifications } from "@/lib/server/catalog";

export const metadata: Metadata = {
  title: "Certifications",
  description:
    "The ABII CIIP and PARCA CPAS, CPSA, CPIA and CPSM exams: format, outline and how this platform simulates them.",
};

export default async function CertificationsPage() {
  const certs = await listCertifications();
  return (
    <>
      <PageHeader eyebrow="Certifications" title="Choose the exam you are preparing for">
        ABII&apos;s CIIP is the board certification for imaging informatics; PARCA&apos;s ladder runs from the
        entry-level CPAS to the CPSM. Each practice exam follows its outline.
      </PageHeader>
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        {certs.length === 0 ? (
          <p className="text-muted-foreground">
            The certification catalogue has not been imported yet. Run npm run content:import.
          </p>
        ) : (
          <ul className="grid gap-5 md:grid-cols-2">
            {certs.map((c) => {
              const full = c.blueprints.find((b) => b.kind === "FULL");
              return (
                <li key={c.slug}>
                  <Link
                    href={`/certifications/${c.slug}`}
                    className="border-border bg-card hover:border-primary/60 flex h-full flex-col rounded-2xl border p-6 shadow-sm transition hover:shadow-md"
                  >
                    <div className="flex items-start justify-between gap-3">
                      <div>
                        <p className="text-muted-foreground text-xs font-semibold tracking-wide uppercase">
                          {c.bodyName}
                        </p>
                        <h2 className="mt-1 text-2xl font-bold">{c.code}</h2>
                        <p className="font-medium">{c.name}</p>
                      </div>
                      {c.provisional && (
                        <span className="bg-warning-soft rounded-full px-2.5 py-1 text-xs font-semibold">
                          Provisional outline
                        </span>
                      )}
                    </div>
                    <p className="text-muted-foreground mt-3 flex-1 text-sm">{c.summary}</p>
                    <dl className="border-border mt-5 grid grid-cols-3 gap-3 border-t pt-4 text-sm">
                      <div>
                        <dt className="text-muted-foreground">Simulated exam</dt>
                        <dd className="font-semibold">{full ? `${full.itemCount} items` : "—"}</dd>
                      </div>
                      <div>
                        <dt className="text-muted-foreground">Time</dt>
                        <dd className="font-semibold">{full ? `${full.timeLimitMinutes} min` : "—"}</dd>
                      </div>
                      <div>
                        <dt className="text-muted-foreground">Questions</dt>
                        <dd className="font-semibold tabular-nums">{c.activeItems}</dd>
                      </div>
                    </dl>
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </>
  );
}
