import { z } from "zod";
import { ZTimeZone } from "./settings";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

const ZEmail = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@hospital.org."));

export const ZSignIn = z.object({
  email: ZEmail,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(PASSWORD_MAX),
});

export const ZSignUp = z.object({
  name: z
    .string({ error: "Enter your name." })
    .trim()
    .min(1, "Enter your name.")
    .max(100, "Use at most 100 characters for your name."),
  email: ZEmail,
  password: z
    .string({ error: "Choose a password." })
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters for your password.`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters for your password.`),
  // Filled in by the browser; anything unknown falls back to UTC rather than failing sign-up.
  timeZone: ZTimeZone.optional().catch(undefined),
});

export type TSignUp = z.infer<typeof ZSignUp>;
