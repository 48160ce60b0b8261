import { BarChart3, BookOpenCheck, BriefcaseBusiness, Clock3, Keyboard, RotateCcw } from "lucide-react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/server/auth";
import { getHomeStats } from "@/lib/server/content";

const CERTS = [
  {
    code: "CIIP",
    body: "ABII",
    text: "Certified Imaging Informatics Professional — ten domains from procurement to imaging informatics.",
  },
  {
    code: "CPAS",
    body: "PARCA",
    text: "Certified PACS Associate — the entry level: IT basics and clinical basics.",
  },
  {
    code: "CPSA",
    body: "PARCA",
    text: "Certified PACS System Analyst — architecture, archiving, integration, workflow, HIPAA.",
  },
  { code: "CPIA", body: "PARCA", text: "Certified PACS Interface Analyst — HL7, DICOM and IHE interfaces." },
  {
    code: "CPSM",
    body: "PARCA",
    text: "Certified PACS System Manager — image quality, networks, VPNs and security.",
  },
];

const FEATURES = [
  {
    icon: Clock3,
    title: "Exams shaped like the real ones",
    text: "Forms assembled from each outline's domain weights, with the real length and pace. The server keeps the clock, so a refresh or a dropped connection never costs you time or answers.",
  },
  {
    icon: BookOpenCheck,
    title: "Every option explained",
    text: "Each item carries a rationale for every option, a short lesson and a precise reference — DICOM part and section, HL7 segment and field, IHE transaction, CFR paragraph.",
  },
  {
    icon: RotateCcw,
    title: "Review what you missed",
    text: "Missed and unsure items come back on a spaced-repetition schedule, and one click retries exactly the questions you got wrong.",
  },
  {
    icon: BarChart3,
    title: "Know when you are ready",
    text: "Mastery per topic with honest uncertainty, weak topics ordered by how many exam points they are worth, and readiness against your exam date.",
  },
  {
    icon: Keyboard,
    title: "Fast at the keyboard",
    text: "Answer, flag, strike out and move on without touching the mouse — and a layout that works at a reading-room workstation or on a phone.",
  },
  {
    icon: BriefcaseBusiness,
    title: "Study tied to your career",
    text: "Every topic links to the roles that need it — PACS analyst, administrator, RIS analyst, cardiology PACS — and what those roles earn, with the source.",
  },
];

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [user, stats, params] = await Promise.all([getCurrentUser(), getHomeStats(), searchParams]);
  // Where "Delete account" lands; shown only to a signed-out visitor, for whom it can be true.
  const deleted = params.account === "deleted" && !user;
  return (
    <>
      <section className="border-border/70 relative overflow-hidden border-b">
        <div
          aria-hidden
          className="pointer-events-none absolute inset-0 bg-[radial-gradient(60rem_30rem_at_70%_-10%,var(--accent),transparent)]"
        />
        {deleted && (
          <div className="relative mx-auto max-w-6xl px-4 pt-6 sm:px-6">
            <Alert tone="success" role="status">
              Your account and all of its data were deleted. Thank you for practising with ReadRoom.
            </Alert>
          </div>
        )}
        <div className="relative mx-auto grid max-w-6xl gap-12 px-4 py-16 sm:px-6 md:py-24 lg:grid-cols-[1.1fr_0.9fr] lg:items-center">
          <div>
            <p className="border-border bg-card text-muted-foreground mb-4 inline-flex rounded-full border px-3 py-1 text-xs font-semibold tracking-wide uppercase">
              For PACS, RIS and imaging-informatics professionals
            </p>
            <h1 className="text-4xl font-bold tracking-tight text-balance sm:text-5xl">
              Pass the CIIP or your PARCA exam with practice that feels like test day.
            </h1>
            <p className="text-muted-foreground mt-5 max-w-xl text-lg text-pretty">
              Timed practice exams built from the real blueprints, tutor mode that explains every option, and
              a review queue that brings back what you missed — so your six weeks of study go where the points
              are.
            </p>
            <div className="mt-8 flex flex-wrap gap-3">
              {user ? (
                <Button asChild size="lg">
                  <Link href="/dashboard">Go to your dashboard</Link>
                </Button>
              ) : (
                <>
                  <Button asChild size="lg">
                    <Link href="/signup">Create a free account</Link>
                  </Button>
                  <Button asChild size="lg" variant="secondary">
                    <Link href="/signin">Sign in</Link>
                  </Button>
                </>
              )}
            </div>
            <dl className="mt-10 grid max-w-lg grid-cols-3 gap-4 text-sm">
              <div>
                <dt className="text-muted-foreground">Questions</dt>
                <dd className="text-2xl font-semibold tabular-nums">
                  {stats.questions.toLocaleString("en-US")}
                </dd>
              </div>
              <div>
                <dt className="text-muted-foreground">Topics</dt>
                <dd className="text-2xl font-semibold tabular-nums">{stats.topics}</dd>
              </div>
              <div>
                <dt className="text-muted-foreground">Certifications</dt>
                <dd className="text-2xl font-semibold tabular-nums">{stats.certifications}</dd>
              </div>
            </dl>
          </div>
          <SampleItem />
        </div>
      </section>

      <section aria-labelledby="certs" className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
        <h2 id="certs" className="text-2xl font-bold tracking-tight">
          Five certifications, one study plan
        </h2>
        <p className="text-muted-foreground mt-2 max-w-2xl">
          Pick your target in settings; exams, weak-topic ranking and readiness follow that exam&apos;s
          outline.
        </p>
        <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          {CERTS.map((c) => (
            <li key={c.code} className="border-border bg-card rounded-2xl border p-5 shadow-sm">
              <p className="text-muted-foreground text-xs font-semibold tracking-wide uppercase">{c.body}</p>
              <p className="mt-1 text-xl font-bold">{c.code}</p>
              <p className="text-muted-foreground mt-2 text-sm">{c.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="features" className="border-border/70 bg-muted/40 border-t">
        <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
          <h2 id="features" className="text-2xl font-bold tracking-tight">
            Built around what candidates ask for
          </h2>
          <ul className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {FEATURES.map(({ icon: Icon, title, text }) => (
              <li key={title} className="border-border bg-card rounded-2xl border p-6 shadow-sm">
                <span className="bg-accent text-accent-foreground inline-flex size-10 items-center justify-center rounded-xl">
                  <Icon aria-hidden className="size-5" />
                </span>
                <h3 className="mt-4 font-semibold">{title}</h3>
                <p className="text-muted-foreground mt-2 text-sm">{text}</p>
              </li>
            ))}
          </ul>
        </div>
      </section>
    </>
  );
}

/** A static preview of the exam runner with an illustrative item. */
function SampleItem() {
  const options = [
    "The MWL broker cannot resolve the scanner's IP address",
    "The PACS has no entry for the destination AE title CT2",
    "The scanner's query model is set to Patient Root",
    "Storage commitment is not enabled on the scanner",
  ];
  return (
    <figure
      aria-label="Preview of a practice question"
      className="border-border bg-card shadow-primary/5 rounded-2xl border p-5 shadow-xl"
    >
      <div className="text-muted-foreground flex items-center justify-between text-xs">
        <span className="font-semibold">Question 14 of 130 · Image Management</span>
        <span className="bg-muted rounded-md px-2 py-1 font-mono tabular-nums">1:42:08</span>
      </div>
      <p className="mt-4 text-sm leading-6">
        Priors display in the CT console&apos;s search list, but every retrieve fails at once. Given the log
        below, what is the most likely cause?
      </p>
      <pre className="bg-muted mt-3 overflow-x-auto rounded-lg px-3 py-2 font-mono text-xs leading-5">
        {"C-MOVE-RQ  dest=CT2  level=STUDY\nC-MOVE-RSP status=A801H (0 completed)"}
      </pre>
      <ol className="mt-4 space-y-2 text-sm">
        {options.map((text, i) => (
          <li
            key={text}
            className={
              i === 1
                ? "border-primary bg-accent flex gap-3 rounded-lg border-2 px-3 py-2"
                : "border-border flex gap-3 rounded-lg border px-3 py-2"
            }
          >
            <span className="text-muted-foreground font-semibold">{String.fromCharCode(65 + i)}</span>
            <span>{text}</span>
          </li>
        ))}
      </ol>
      <figcaption className="text-muted-foreground mt-4 text-xs">
        Tutor mode explains why each option is right or wrong, with the DICOM section to read.
      </figcaption>
    </figure>
  );
}
