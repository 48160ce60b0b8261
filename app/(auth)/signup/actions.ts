"use server";

import { publicAction } from "@/lib/server/action";
import { createUser } from "@/lib/server/users";
import { ZSignUp } from "@/lib/schemas";

export const signUpAction = publicAction(ZSignUp, async (input) => {
  await createUser(input);
  return { status: "success" as const };
});
