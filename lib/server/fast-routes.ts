import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { autosave, autosaveAttemptId } from "./autosave";
import { serveJson } from "./node-json";

/**
 * The requests server.ts answers itself instead of handing them to Next.js: only exam autosaves,
 * the one endpoint hot enough for Next's per-request cost to matter (docs/decisions/0008).
 * Returns false for everything else.
 */
export function serveFastRoute(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "POST" || !req.url) return false;
  const id = autosaveAttemptId(new URL(req.url, "http://localhost").pathname);
  if (id === null) return false;
  serveJson(autosave, req, res, { id }).catch((error: unknown) => {
    // Only a broken socket gets here (the endpoint turns every other failure into a JSON reply).
    console.error(error);
    res.destroy();
  });
  return true;
}
