"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { userAction } from "@/lib/server/action";
import { resolveReport } from "@/lib/server/authoring";
import { ZResolveReport } from "@/lib/schemas/authoring";

// resolveReport checks the role itself: a learner posting here gets "not found", and nothing changes.
export const resolveReportAction = userAction(ZResolveReport, async (input, user) => {
  await resolveReport(user, input);
  revalidatePath("/author", "layout");
  const back = new URL(input.returnTo, "http://local");
  back.searchParams.set("done", input.outcome.toLowerCase());
  redirect(`${back.pathname}${back.search}`);
});
