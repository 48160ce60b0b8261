import { AppNav, type NavItem } from "@/components/layout/app-nav";
import { Logo } from "@/components/layout/logo";
import { UserMenu } from "@/components/layout/user-menu";
import { isAuthorRole, requireUserOrRedirect } from "@/lib/server/auth";

const NAV: NavItem[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/exams", label: "Practice" },
  { href: "/progress", label: "Progress" },
  { href: "/settings", label: "Settings" },
];
// Shown only to authors and admins; a learner who types the URL gets a 404 anyway.
const AUTHOR_NAV: NavItem = { href: "/author", label: "Author" };

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // proxy.ts sends visitors to sign-in with the page they wanted; this is the authoritative check.
  const user = await requireUserOrRedirect("/dashboard");
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-border bg-card/80 border-b backdrop-blur">
        <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
          <Logo href="/dashboard" />
          <UserMenu name={user.name} email={user.email} />
        </div>
        <div className="mx-auto max-w-6xl px-4 sm:px-6">
          <AppNav items={isAuthorRole(user.role) ? [...NAV, AUTHOR_NAV] : NAV} />
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
        {children}
      </main>
    </div>
  );
}
