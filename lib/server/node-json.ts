import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";
import { bodyTooLarge, MAX_BODY_CHARS, runJsonEndpoint, type JsonEndpoint } from "./json-endpoint";
import { SECURITY_HEADERS } from "./security-headers";

const REPLY_HEADERS = {
  "content-type": "application/json",
  "cache-control": "no-store",
  ...Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key.toLowerCase(), value])),
};

/** Reads the body as UTF-8, refusing it as soon as it grows past the limit. */
function readText(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      text += chunk;
      if (text.length > MAX_BODY_CHARS) {
        req.removeAllListeners("data");
        req.resume(); // discard the rest; the reply still goes out on this connection
        reject(bodyTooLarge());
      }
    });
    req.on("end", () => resolve(text));
    req.on("error", reject);
  });
}

/**
 * Answers a `token` JSON endpoint straight from node:http, without Next's request pipeline
 * (docs/decisions/0008). Same checks and replies as the route handler (lib/server/http.ts).
 */
export async function serveJson<S extends z.ZodType, P, T>(
  endpoint: JsonEndpoint<S, P, T> & { session: "token" },
  req: IncomingMessage,
  res: ServerResponse,
  params: P,
): Promise<void> {
  const header = (name: string) => {
    const value = req.headers[name];
    return (Array.isArray(value) ? value.join(", ") : value) ?? null;
  };
  const { status, body } = await runJsonEndpoint(endpoint, { header, text: () => readText(req) }, params);
  const json = JSON.stringify(body);
  res.writeHead(status, { ...REPLY_HEADERS, "content-length": Buffer.byteLength(json) });
  res.end(json);
}
