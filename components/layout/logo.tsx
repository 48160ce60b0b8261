import Link from "next/link";

export function Logo({ href = "/" }: { href?: string }) {
  return (
    <Link href={href} className="flex items-center gap-2 rounded-md font-semibold tracking-tight">
      <svg aria-hidden viewBox="0 0 32 32" className="size-8">
        <rect width="32" height="32" rx="8" className="fill-primary" />
        <rect x="7" y="8" width="8" height="16" rx="1.5" className="fill-primary-foreground" opacity="0.95" />
        <rect x="17" y="8" width="8" height="7" rx="1.5" className="fill-primary-foreground" opacity="0.7" />
        <rect
          x="17"
          y="17"
          width="8"
          height="7"
          rx="1.5"
          className="fill-primary-foreground"
          opacity="0.45"
        />
      </svg>
      <span className="text-lg">ReadRoom</span>
    </Link>
  );
}
