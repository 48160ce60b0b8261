import Link from "next/link";
import type { ReactNode } from "react";

export function PageHeader({
  eyebrow,
  title,
  children,
  crumbs,
}: {
  eyebrow?: ReactNode;
  title: ReactNode;
  children?: ReactNode;
  crumbs?: { href: string; label: string }[];
}) {
  return (
    <div className="border-border/70 border-b bg-[radial-gradient(50rem_20rem_at_80%_-20%,var(--accent),transparent)]">
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        {crumbs && (
          <nav aria-label="Breadcrumb" className="text-muted-foreground mb-3 text-sm">
            <ol className="flex flex-wrap items-center gap-1.5">
              {crumbs.map((c) => (
                <li key={c.href} className="flex items-center gap-1.5">
                  <Link href={c.href} className="hover:text-foreground hover:underline">
                    {c.label}
                  </Link>
                  <span aria-hidden>/</span>
                </li>
              ))}
            </ol>
          </nav>
        )}
        {eyebrow && <p className="text-primary text-sm font-semibold tracking-wide uppercase">{eyebrow}</p>}
        <h1 className="mt-1 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{title}</h1>
        {children && (
          <div className="text-muted-foreground mt-3 max-w-3xl text-lg text-pretty">{children}</div>
        )}
      </div>
    </div>
  );
}

export function Section({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-xl font-bold tracking-tight">
        {title}
      </h2>
      {description && <p className="text-muted-foreground mt-1 text-sm">{description}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}

export function SourceLink({ title, url }: { title: string; url: string | null }) {
  return url ? (
    <a
      href={url}
      className="decoration-border hover:text-foreground underline underline-offset-2"
      rel="noreferrer"
    >
      {title}
    </a>
  ) : (
    <span>{title}</span>
  );
}
