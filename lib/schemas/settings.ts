import { z } from "zod";
import { safeTimeZone } from "@/lib/progress/days";

/** An IANA time zone the server knows ("America/Chicago"). */
export const ZTimeZone = z
  .string()
  .trim()
  .max(64)
  .refine((v) => safeTimeZone(v) === v, "Choose a time zone from the list.");

export const CERTIFICATION_SLUGS = ["ciip", "cpas", "cpsa", "cpia", "cpsm"] as const;

const ZOptionalDate = z
  .string()
  .trim()
  .transform((v) => (v === "" ? null : v))
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2027-03-15.")
      .refine((v) => {
        const d = new Date(`${v}T00:00:00Z`); // round-trips only for real calendar dates (no 31 February)
        return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
      }, "That is not a real date.")
      .nullable(),
  );

export const ZSettings = z.object({
  targetCertification: z
    .enum(["", ...CERTIFICATION_SLUGS], { error: "Choose one of the listed certifications." })
    .transform((v) => (v === "" ? null : v)),
  examDate: ZOptionalDate,
  theme: z.enum(["SYSTEM", "LIGHT", "DARK"], { error: "Choose light, dark or system." }),
  dailyGoal: z.coerce
    .number({ error: "Enter a number of questions." })
    .int("Use a whole number.")
    .min(0, "Use 0 to switch the daily goal off.")
    .max(500, "Use at most 500 questions a day."),
  showStreak: z
    .enum(["on", "off"])
    .default("off")
    .transform((v) => v === "on"),
  timeZone: ZTimeZone,
  targetRetention: z.coerce
    .number({ error: "Enter a retention between 0.70 and 0.97." })
    .min(0.7, "Use a target retention of at least 0.70.")
    .max(0.97, "Use a target retention of at most 0.97."),
});

export type TSettings = z.infer<typeof ZSettings>;
