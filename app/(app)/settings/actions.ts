"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { deleteAccount } from "@/lib/server/account";
import { userAction } from "@/lib/server/action";
import { clearSessionCookies } from "@/lib/server/auth";
import { updateSettings } from "@/lib/server/users";
import { ZSettings } from "@/lib/schemas";
import { ZDeleteAccount } from "@/lib/schemas/account";

export const saveSettingsAction = userAction(ZSettings, async (input, user) => {
  await updateSettings(user.id, input);
  revalidatePath("/", "layout"); // the theme lives on <html>
  return { status: "success", message: "Settings saved." };
});

export const deleteAccountAction = userAction(ZDeleteAccount, async (input, user) => {
  await deleteAccount(user.id, input.password);
  // The account is gone; end this browser's session too, then land on the home page.
  await clearSessionCookies();
  redirect("/?account=deleted");
});
