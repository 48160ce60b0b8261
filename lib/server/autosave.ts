import "server-only";
import { z } from "zod";
import { ZAnswerBatch, ZAnswerSave } from "@/lib/schemas/attempt";
import { saveAnswer } from "./attempts";
import type { JsonEndpoint } from "./json-endpoint";

/**
 * POST /api/attempts/:id/answers — autosave one answer or a batch (the offline queue, sendBeacon).
 * Served by the route handler under `next dev` and by the node:http fast path under `npm start`
 * (server.ts, docs/decisions/0008): one definition, so both answer alike.
 */
const ZAutosave = z.union([ZAnswerSave, ZAnswerBatch]);

export const autosave = {
  schema: ZAutosave,
  // Token-only session: every autosave query filters by the user (another user's attempt is a 404).
  session: "token",
  async handle(body, user, params) {
    const saves = "saves" in body ? body.saves : [body];
    const results = [];
    // In order: a batch replays the browser's changes as they happened.
    for (const save of saves) {
      const r = await saveAnswer(user.id, params.id, save);
      results.push({ position: save.position, seq: save.seq, ...r });
    }
    return { ok: true, results };
  },
} satisfies JsonEndpoint<typeof ZAutosave, { id: string }, unknown>;

/** The attempt id when `pathname` is the autosave URL, else null. */
export function autosaveAttemptId(pathname: string): string | null {
  const m = /^\/api\/attempts\/([^/]+)\/answers$/.exec(pathname);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
}
