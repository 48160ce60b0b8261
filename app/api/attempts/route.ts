// POST /api/attempts - start an exam, quick practice or custom quiz (the same rules as the form).
import { startAttempt } from "@/lib/server/attempts";
import { jsonRoute } from "@/lib/server/http";
import { ZStartExam } from "@/lib/schemas/attempt";

export const POST = jsonRoute({
  schema: ZStartExam,
  // Token-only session: the attempt is inserted only if the user row still exists.
  session: "token",
  async handle(input, user) {
    const { id, itemCount, deadlineAt } = await startAttempt(user.id, input);
    return { id, itemCount, deadlineAt, url: `/exams/${id}` };
  },
});
