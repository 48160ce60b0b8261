"use server";

import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/server/action";
import { updateSettings } from "@/lib/server/users";
import { ZSettings } from "@/lib/schemas";

export const saveSettingsAction = userAction(ZSettings, async (input, user) => {
  await updateSettings(user.id, input);
  revalidatePath("/", "layout"); // the theme lives on <html>
  return { status: "success", message: "Settings saved." };
});
