// zod schemas for every kind of file under questions/. Structure and types live here; the
// judgement calls about item quality (counts, lengths, cues) are lint rules in lint.ts, so each
// has a name, a message and a failing fixture.
import { z } from "zod";

export const CERTIFICATIONS = ["ciip", "cpas", "cpsa", "cpia", "cpsm"] as const;
export type CertificationSlug = (typeof CERTIFICATIONS)[number];

const ZSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case words joined by hyphens");
const ZText = z.string().trim().min(1, "must not be empty");
const ZUrl = z.url("must be a URL");

export const ZCertificationFile = z.array(
  z.strictObject({
    slug: z.enum(CERTIFICATIONS),
    code: ZText,
    name: ZText,
    body: z.enum(["abii", "parca"]),
    bodyName: ZText,
    audience: ZText,
    summary: ZText,
    provisional: z.boolean(),
    facts: z
      .array(
        z.strictObject({
          label: ZText,
          value: ZText,
          sources: z.array(ZUrl).min(1, "every fact needs a source"),
          platform: z.boolean().optional(),
        }),
      )
      .min(1),
  }),
);

export const ZTopicsFile = z.strictObject({
  areas: z.array(
    z.strictObject({
      slug: ZSlug,
      name: ZText,
      topics: z.array(z.strictObject({ slug: ZSlug, name: ZText, summary: ZText })).min(1),
    }),
  ),
});

const ZCounts = z.record(z.string(), z.number().int().min(0));

export const ZBlueprintFile = z.strictObject({
  certification: z.enum(CERTIFICATIONS),
  outline: ZText,
  outlineSource: ZUrl,
  domains: z
    .array(
      z.strictObject({ code: z.string().min(1), slug: ZSlug, name: ZText, topics: z.array(ZSlug).min(1) }),
    )
    .min(1),
  forms: z
    .array(
      z.strictObject({
        slug: ZSlug,
        kind: z.enum(["full", "quick"]),
        name: ZText,
        items: z.number().int().positive(),
        minutes: z.number().int().positive(),
        counts: ZCounts,
        note: ZText,
      }),
    )
    .min(1),
});

const ZSalaryFigure = z.strictObject({
  kind: z.enum(["average", "range", "percentile", "bonus", "location-premium", "career-stage"]),
  label: ZText,
  amount: z.number().int().positive().optional(),
  low: z.number().int().positive().optional(),
  high: z.number().int().positive().optional(),
  percentile: z.number().int().min(1).max(99).optional(),
  premiumAmount: z.number().int().positive().optional(),
  premiumPercent: z.number().positive().optional(),
  baseline: z.number().int().positive().optional(),
  location: ZText.optional(),
  note: ZText.optional(),
  source: ZSlug,
  /** Only when the source states the year of the figure. */
  year: z.number().int().min(1990).max(2100).optional(),
});

export const ZRolesFile = z.strictObject({
  sources: z.record(ZSlug, z.strictObject({ title: ZText, publisher: ZText, url: ZUrl.optional() })),
  roles: z.array(
    z.strictObject({
      slug: ZSlug,
      title: ZText,
      summary: ZText,
      qualifications: ZText,
      careerPath: z.array(z.strictObject({ stage: ZText, pay: ZText })).optional(),
      salaries: z.array(ZSalaryFigure).min(1),
      topics: z.array(z.strictObject({ topic: ZSlug, why: ZText })).min(1),
      certifications: z.array(z.strictObject({ certification: z.enum(CERTIFICATIONS), why: ZText })).min(1),
    }),
  ),
});

export const ZItem = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*-\d{3}$/, "ids look like <topic-slug>-001"),
  version: z.number().int().min(1),
  topic: ZSlug,
  certifications: z
    .array(z.enum(CERTIFICATIONS))
    .min(1, "tag at least one certification")
    .refine((a) => new Set(a).size === a.length, "a certification is listed twice"),
  difficulty: z.number().int().min(1).max(5),
  cognitive: z.enum(["recall", "application", "analysis"]),
  status: z.enum(["draft", "active", "retired"]),
  stem: z.string(),
  exhibit: z.strictObject({ caption: ZText, body: z.string().min(1) }).optional(),
  options: z.array(
    z.strictObject({ text: z.string(), correct: z.boolean().optional(), why: z.string().optional() }),
  ),
  explanation: z.string().default(""),
  references: z.array(z.string()).default([]),
  fixedOrder: z.boolean().optional(),
});

export const ZItemFile = z.array(ZItem);

export type TCertificationFile = z.infer<typeof ZCertificationFile>;
export type TTopicsFile = z.infer<typeof ZTopicsFile>;
export type TBlueprintFile = z.infer<typeof ZBlueprintFile>;
export type TRolesFile = z.infer<typeof ZRolesFile>;
export type TItem = z.infer<typeof ZItem>;
