// POST /api/attempts - start an exam, quick practice or custom quiz (the same rules as the form).
import { startAttempt } from "@/lib/server/attempts";
import { db } from "@/lib/server/db";
import { jsonRoute } from "@/lib/server/http";
import { ZStartExam } from "@/lib/schemas/attempt";

export const POST = jsonRoute(ZStartExam, async (input, user) => {
  const id = await startAttempt(user.id, input);
  const { itemCount, deadlineAt } = await db().attempt.findFirstOrThrow({
    where: { id, userId: user.id },
    select: { itemCount: true, deadlineAt: true },
  });
  return { id, itemCount, deadlineAt, url: `/exams/${id}` };
});
