import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { SessionUser } from "@/lib/server/auth";
import { Logo } from "./logo";

const NAV = [
  { href: "/certifications", label: "Certifications" },
  { href: "/topics", label: "Topics" },
  { href: "/careers", label: "Careers & salaries" },
];

export function SiteHeader({ user }: { user: Pick<SessionUser, "name"> | null }) {
  return (
    <header className="border-border/70 bg-background/85 supports-[backdrop-filter]:bg-background/70 border-b backdrop-blur">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
        <Logo />
        <nav aria-label="Main" className="hidden items-center gap-1 md:flex">
          {NAV.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className="text-muted-foreground hover:bg-muted hover:text-foreground rounded-md px-3 py-2 text-sm font-medium"
            >
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="flex items-center gap-2">
          {user ? (
            <Button asChild size="sm">
              <Link href="/dashboard">Open dashboard</Link>
            </Button>
          ) : (
            <>
              <Button asChild variant="ghost" size="sm">
                <Link href="/signin">Sign in</Link>
              </Button>
              <Button asChild size="sm">
                <Link href="/signup">Start free</Link>
              </Button>
            </>
          )}
        </div>
      </div>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="border-border/70 border-t">
      <div className="text-muted-foreground mx-auto flex max-w-6xl flex-col gap-3 px-4 py-8 text-sm sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>ReadRoom is an independent study platform, not affiliated with ABII or PARCA.</p>
        <nav aria-label="Footer" className="flex gap-4">
          {NAV.map((item) => (
            <Link key={item.href} href={item.href} className="hover:text-foreground">
              {item.label}
            </Link>
          ))}
        </nav>
      </div>
    </footer>
  );
}
