import Link from "next/link";
import { cn } from "@/lib/ui/cn";

/** The author area's two sections. Rendered by each page, which knows which one it is. */
export function AuthorTabs({ active, openReports }: { active: "items" | "reports"; openReports: number }) {
  const tabs = [
    { key: "items", href: "/author", label: "Item statistics" },
    {
      key: "reports",
      href: "/author/reports",
      label: `Reports inbox`,
      badge: openReports,
    },
  ] as const;
  return (
    <nav aria-label="Author" className="border-border flex gap-1 overflow-x-auto border-b">
      {tabs.map((t) => (
        <Link
          key={t.key}
          href={t.href}
          aria-current={active === t.key ? "page" : undefined}
          className={cn(
            "-mb-px flex items-center gap-2 border-b-2 px-3 py-2.5 text-sm font-medium whitespace-nowrap",
            active === t.key
              ? "border-primary text-foreground"
              : "text-muted-foreground hover:text-foreground border-transparent",
          )}
        >
          {t.label}
          {"badge" in t && t.badge > 0 && (
            <span className="bg-primary text-primary-foreground rounded-full px-2 py-0.5 text-xs font-semibold tabular-nums">
              {t.badge} open
            </span>
          )}
        </Link>
      ))}
    </nav>
  );
}
