"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction } from "@/lib/server/action";
import { startAttempt, startRetry } from "@/lib/server/attempts";
import { startReviewSession } from "@/lib/server/review";
import { ZStartExam } from "@/lib/schemas/attempt";

export const startExamAction = userAction(ZStartExam, async (input, user) => {
  const { id } = await startAttempt(user.id, input);
  redirect(`/exams/${id}`);
});

export const retryMissedAction = userAction(
  z.object({ attemptId: z.string().min(1).max(40) }),
  async ({ attemptId }, user) => {
    const id = await startRetry(user.id, attemptId);
    redirect(`/exams/${id}`);
  },
);

export const startReviewAction = userAction(z.object({}), async (_input, user) => {
  const id = await startReviewSession(user.id);
  redirect(`/exams/${id}`);
});
