import "server-only";
import type { z } from "zod";
import { AppError, errorReply, forbidden, fromZod, invalid, unauthorized } from "./errors";
import { userIdFromCookieHeader } from "./session-token";

// A JSON endpoint for signed-in users, independent of the server that received the request: Next's
// route handlers (lib/server/http.ts) and the node:http autosave path (lib/server/node-json.ts) run
// the same checks in the same order — same origin, session, body, zod — and the same error policy.

/** What an endpoint reads from a request, whichever server received it. */
export type JsonRequest = {
  /** A header's value (lower-case name), or null. */
  header(name: string): string | null;
  /** The whole body as text; rejects with an AppError when it is too large. */
  text(): Promise<string>;
};

export type JsonReply = { status: number; body: unknown };

export type JsonEndpoint<S extends z.ZodType, P, T> = {
  schema: S;
  /**
   * `full` re-reads the user from the database (a Next.js route only); `token` takes the user id
   * from the session cookie alone, for hot paths whose every query filters by (or, for inserts,
   * selects) that user, so a deleted account still reaches nothing.
   */
  session?: "full" | "token";
  handle(input: z.output<S>, user: { id: string }, params: P): Promise<T>;
};

/** Bodies above this are refused before parsing (an offline batch of 500 saves is about 60 kB). */
export const MAX_BODY_CHARS = 512_000;
export const bodyTooLarge = () => new AppError("INVALID", "The request body is too large.");

/** Cross-site requests carrying the session cookie are refused (these endpoints change state). */
export function assertSameOrigin(header: JsonRequest["header"]) {
  const origin = header("origin");
  const host = header("x-forwarded-host") ?? header("host");
  if (origin) {
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      // "null" (sandboxed frames, some redirects) and garbage are not this site either.
    }
    if (originHost !== host) throw forbidden("Cross-site requests are not allowed.");
    return;
  }
  const site = header("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none")
    throw forbidden("Cross-site requests are not allowed.");
}

/** Parses a JSON body whatever the content type (sendBeacon posts text/plain). */
function parseJson(text: string): unknown {
  if (text.length > MAX_BODY_CHARS) throw bodyTooLarge();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalid("The request body is not valid JSON.");
  }
}

/** The user of a `token` endpoint: the id in the session cookie, or UNAUTHORIZED. */
async function tokenUser(request: JsonRequest): Promise<{ id: string }> {
  const id = await userIdFromCookieHeader(request.header("cookie"));
  if (!id) throw unauthorized();
  return { id };
}

/**
 * Runs an endpoint; never throws — every failure becomes its JSON error reply. `fullUser` reads the
 * user for `full` endpoints; only a server with request-scoped sessions (Next.js) can give it.
 */
export async function runJsonEndpoint<S extends z.ZodType, P, T>(
  endpoint: JsonEndpoint<S, P, T>,
  request: JsonRequest,
  params: P,
  fullUser?: () => Promise<{ id: string }>,
): Promise<JsonReply> {
  try {
    assertSameOrigin((name) => request.header(name));
    let who: { id: string };
    if (endpoint.session === "token") who = await tokenUser(request);
    else if (fullUser) who = await fullUser();
    else throw new Error("a full-session endpoint needs a server that can read the session");
    const parsed = endpoint.schema.safeParse(parseJson(await request.text()));
    if (!parsed.success) throw fromZod(parsed.error, "The request was not understood.");
    return { status: 200, body: await endpoint.handle(parsed.data, who, params) };
  } catch (error) {
    return errorReply(error);
  }
}
