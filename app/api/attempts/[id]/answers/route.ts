// POST /api/attempts/:id/answers - autosave one answer or a batch (offline queue, sendBeacon).
import { z } from "zod";
import { saveAnswer } from "@/lib/server/attempts";
import { jsonRoute } from "@/lib/server/http";
import { ZAnswerBatch, ZAnswerSave } from "@/lib/schemas/attempt";

const ZBody = z.union([ZAnswerSave, ZAnswerBatch]);

export const POST = jsonRoute(
  ZBody,
  async (body, user, params: { id: string }) => {
    const saves = "saves" in body ? body.saves : [body];
    const results = [];
    // In order: a batch replays the browser's changes as they happened.
    for (const save of saves) {
      const r = await saveAnswer(user.id, params.id, save);
      results.push({ position: save.position, seq: save.seq, ...r });
    }
    return { ok: true, results };
  },
  { session: "token" },
);
