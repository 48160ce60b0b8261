// POST /api/attempts/:id/submit - finish and score the attempt (idempotent).
import { z } from "zod";
import { submitAttempt } from "@/lib/server/attempts";
import { jsonRoute } from "@/lib/server/http";

export const POST = jsonRoute({
  schema: z.object({}).strict(),
  // Token-only session: every query filters by the user, so another (or a deleted) account gets 404.
  session: "token",
  async handle(_body, user, params: { id: string }) {
    const status = await submitAttempt(user.id, params.id);
    return { ok: true, status, resultsUrl: `/exams/${params.id}/results` };
  },
});
