"use client";

import { ChevronDown, LogOut, Settings } from "lucide-react";
import { signOut } from "next-auth/react";
import Link from "next/link";
import { DropdownMenu } from "radix-ui";

export function UserMenu({ name, email }: { name: string; email: string }) {
  const initials = name
    .split(/\s+/)
    .map((p) => p[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        aria-label={`Account menu for ${name}`}
        className="border-border bg-card hover:bg-muted flex items-center gap-2 rounded-full border py-1 pr-2 pl-1 text-sm font-medium"
      >
        <span
          aria-hidden
          className="bg-primary text-primary-foreground flex size-7 items-center justify-center rounded-full text-xs font-bold"
        >
          {initials || "?"}
        </span>
        <span className="hidden max-w-32 truncate sm:inline">{name}</span>
        <ChevronDown aria-hidden className="text-muted-foreground size-4" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={8}
          className="border-border bg-card text-foreground z-50 min-w-56 rounded-xl border p-1.5 text-sm shadow-lg"
        >
          <div className="px-2.5 py-2">
            <p className="font-semibold">{name}</p>
            <p className="text-muted-foreground truncate text-xs">{email}</p>
          </div>
          <DropdownMenu.Separator className="bg-border my-1 h-px" />
          <DropdownMenu.Item
            asChild
            className="data-[highlighted]:bg-muted flex cursor-pointer items-center gap-2 rounded-lg px-2.5 py-2 outline-none"
          >
            <Link href="/settings">
              <Settings aria-hidden className="size-4" /> Settings
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item
            onSelect={() => void signOut({ callbackUrl: "/" })}
            className="data-[highlighted]:bg-muted flex cursor-pointer items-center gap-2 rounded-lg px-2.5 py-2 outline-none"
          >
            <LogOut aria-hidden className="size-4" /> Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
