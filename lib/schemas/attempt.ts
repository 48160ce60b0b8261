import { z } from "zod";
import { CERTIFICATION_SLUGS } from "./settings";

export const ZStartExam = z
  .object({
    certification: z.enum(CERTIFICATION_SLUGS, { error: "Choose a certification." }),
    kind: z.enum(["simulated", "quick", "custom"], { error: "Choose what kind of practice to start." }),
    mode: z.enum(["exam", "tutor"], { error: "Choose exam or tutor feedback." }).default("exam"),
    count: z.coerce
      .number({ error: "Enter how many questions." })
      .int("Use a whole number.")
      .min(1, "Ask for at least 1 question.")
      .max(200, "Use at most 200 questions.")
      .default(20),
    // Empty choices ("Any topic") arrive as "" and mean no filter.
    domains: z
      .array(z.string().max(20))
      .max(20)
      .default([])
      .transform((a) => a.filter(Boolean)),
    topics: z
      .array(z.string().max(80))
      .max(100)
      .default([])
      .transform((a) => a.filter(Boolean)),
    pool: z
      .enum(["all", "unused", "incorrect", "flagged"], { error: "Choose which questions to draw from." })
      .default("all"),
    timing: z.enum(["timed", "untimed"]).default("timed"),
    secondsPerItem: z.coerce
      .number()
      .int()
      .min(20, "Allow at least 20 seconds per question.")
      .max(600, "Allow at most 10 minutes per question.")
      .default(72),
  })
  .strict();
export type TStartExam = z.infer<typeof ZStartExam>;

/** One autosave. `seq` grows with every change the browser makes, so late or repeated saves are ignored. */
export const ZAnswerSave = z
  .object({
    position: z.number({ error: "position must be a number" }).int().min(0),
    seq: z.number({ error: "seq must be a number" }).int().min(1).max(2_000_000_000),
    selectedOption: z.number().int().min(0).max(9).nullable().optional(),
    flagged: z.boolean().optional(),
    struck: z.array(z.number().int().min(0).max(9)).max(10).optional(),
    timeSpentMs: z
      .number()
      .int()
      .min(0)
      .max(24 * 3600_000)
      .optional(),
    confidence: z.enum(["SURE", "UNSURE"]).nullable().optional(),
  })
  .strict();
export type TAnswerSave = z.infer<typeof ZAnswerSave>;

/** A batch, as sent by the offline queue and sendBeacon. */
export const ZAnswerBatch = z.object({ saves: z.array(ZAnswerSave).min(1).max(500) }).strict();

export const ZReport = z
  .object({
    position: z.number().int().min(0),
    reason: z.enum(["WRONG_KEY", "AMBIGUOUS", "OUTDATED", "TYPO", "OTHER"], {
      error: "Choose what is wrong.",
    }),
    text: z.string().trim().max(2000, "Use at most 2,000 characters.").default(""),
  })
  .strict();
