// POST /api/attempts/:id/pause - pause or resume a tutor session (exams cannot pause).
import { z } from "zod";
import { setPaused } from "@/lib/server/attempts";
import { jsonRoute } from "@/lib/server/http";

export const POST = jsonRoute({
  schema: z.object({ paused: z.boolean() }).strict(),
  async handle({ paused }, user, params: { id: string }) {
    const deadline = await setPaused(user.id, params.id, paused);
    return { ok: true, paused, deadlineAt: deadline?.toISOString() ?? null };
  },
});
