import { z } from "zod";
import { FLAG_CODES, SORT_KEYS } from "@/lib/stats/item-stats";
import { CERTIFICATION_SLUGS } from "./settings";

// Query strings arrive as "" when a select is left on "All", and sometimes twice (?a=1&a=2):
// "" means no filter, and a repeated parameter is refused rather than silently picking one.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

/** Filters, sort and page of the item statistics table and GET /api/author/items. */
export const ZItemFilters = z.object({
  certification: optional(
    z.enum(CERTIFICATION_SLUGS, {
      error: `Unknown certification: use one of ${CERTIFICATION_SLUGS.join(", ")}.`,
    }),
  ),
  domain: optional(
    z
      .string({ error: "Give one domain." })
      .regex(
        /^[a-z]{2,10}:[A-Za-z0-9]{1,10}$/,
        "A domain looks like ciip:A (certification, then domain code).",
      ),
  ),
  topic: optional(
    z
      .string({ error: "Give one topic." })
      .regex(/^[a-z0-9-]{1,80}$/, "A topic is its slug, like dicom-query-retrieve."),
  ),
  check: optional(
    z.enum(["any", ...FLAG_CODES], {
      error: `"check" must be "any" or one of ${FLAG_CODES.join(", ")}.`,
    }),
  ),
  sort: optional(z.enum(SORT_KEYS, { error: `"sort" must be one of ${SORT_KEYS.join(", ")}.` })),
  dir: optional(z.enum(["asc", "desc"], { error: `"dir" must be asc or desc.` })),
  page: optional(
    z.coerce
      .number({ error: "page must be a number." })
      .int("page must be a whole number.")
      .min(1, "page starts at 1.")
      .max(10_000, "page is too large."),
  ),
});
export type TItemFilters = z.output<typeof ZItemFilters>;

export const REPORT_TABS = ["open", "resolved", "retired"] as const;
export const ZReportTab = z
  .preprocess(
    (v) => (v === undefined || v === "" ? "open" : v),
    z.enum(REPORT_TABS, { error: "Choose open, resolved or retired reports." }),
  )
  .transform((v) => v.toUpperCase() as "OPEN" | "RESOLVED" | "RETIRED");

/** Closing a report from the inbox: resolved (fixed or no change needed) or retired (item withdrawn). */
export const ZResolveReport = z.object({
  reportId: z.string({ error: "Which report?" }).min(1, "Which report?").max(40, "Unknown report."),
  outcome: z.enum(["RESOLVED", "RETIRED"], { error: "Choose resolve or retire." }),
  note: z
    .string({ error: "Add a note." })
    .trim()
    .min(1, "Say what you did (or why nothing needed changing), so the report has an answer on record.")
    .max(2000, "Use at most 2,000 characters."),
  // Where to come back to: only author pages (no open redirect through a hidden field).
  returnTo: z
    .string()
    .regex(/^\/author(\/[A-Za-z0-9_-]+)*(\?[A-Za-z0-9=&_:-]*)?$/, "Unknown page.")
    .default("/author/reports"),
});
export type TResolveReport = z.output<typeof ZResolveReport>;
