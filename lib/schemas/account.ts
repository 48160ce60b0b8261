import { z } from "zod";
import { PASSWORD_MAX } from "./auth";

/** The phrase a learner types to confirm that their account should be deleted. */
export const DELETE_CONFIRMATION = "DELETE";

export const ZDeleteAccount = z.object({
  password: z
    .string({ error: "Enter your password to confirm." })
    .min(1, "Enter your password to confirm.")
    .max(PASSWORD_MAX, "That password is too long."),
  confirm: z
    .string({ error: `Type ${DELETE_CONFIRMATION} to confirm.` })
    .trim()
    .refine((v) => v === DELETE_CONFIRMATION, `Type ${DELETE_CONFIRMATION} in capital letters to confirm.`),
});

export type TDeleteAccount = z.infer<typeof ZDeleteAccount>;
