// POST /api/attempts/:id/report - "report a problem with this question", stored against the version seen.
import { reportQuestion } from "@/lib/server/attempts";
import { jsonRoute } from "@/lib/server/http";
import { ZReport } from "@/lib/schemas/attempt";

export const POST = jsonRoute({
  schema: ZReport,
  async handle(input, user, params: { id: string }) {
    await reportQuestion(user.id, params.id, input);
    return { ok: true };
  },
});
