// Display formats for item statistics, shared by the table, the detail page and the reports inbox.

export const NONE = "—";

/** A share as a whole percent ("62%"), or a dash when undefined. */
export const share = (v: number | null) => (v === null ? NONE : `${Math.round(v * 100)}%`);

/** A correlation to two decimals with a real minus sign ("−0.12"), or a dash when undefined. */
export const correlation = (v: number | null) => (v === null ? NONE : v.toFixed(2).replace("-", "−"));

/** Seconds under two minutes ("48 s"), minutes and seconds above ("2 m 05 s"). */
export function duration(ms: number | null): string {
  if (ms === null) return NONE;
  const s = Math.round(ms / 1000);
  if (s < 120) return `${s} s`;
  return `${Math.floor(s / 60)} m ${String(s % 60).padStart(2, "0")} s`;
}

export const count = (n: number) => n.toLocaleString("en-US");

export const date = (d: Date) =>
  d.toLocaleDateString("en-US", { month: "short", day: "numeric", year: "numeric" });

export const REASONS = {
  WRONG_KEY: "Keyed answer is wrong",
  AMBIGUOUS: "More than one defensible answer",
  OUTDATED: "Outdated for the current standard",
  TYPO: "Typo or formatting problem",
  OTHER: "Something else",
} as const;

export const ITEM_STATUS = { ACTIVE: "Active", DRAFT: "Draft", RETIRED: "Retired" } as const;
