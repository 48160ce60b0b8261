import "server-only";
import type { z } from "zod";
import { requireUser, requireUserId, type SessionUser } from "./auth";
import { AppError, errorResponse, forbidden, fromZod, invalid } from "./errors";

/** Cross-site requests carrying the session cookie are refused (these endpoints change state). */
function assertSameOrigin(req: Request) {
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (origin) {
    if (new URL(origin).host !== host) throw forbidden("Cross-site requests are not allowed.");
    return;
  }
  const site = req.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none")
    throw forbidden("Cross-site requests are not allowed.");
}

/** Reads a JSON body whatever the content type (sendBeacon posts text/plain). */
async function readJson(req: Request): Promise<unknown> {
  const text = await req.text();
  if (text.length > 512_000) throw new AppError("INVALID", "The request body is too large.");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalid("The request body is not valid JSON.");
  }
}

type Ctx<P> = { params: Promise<P> };

/**
 * A JSON route for signed-in users: same-origin check, session, zod body, and the error policy.
 * `token` routes read the user id from the session token only (for the autosave hot path).
 */
export function jsonRoute<S extends z.ZodType, P, T>(
  schema: S,
  handler: (input: z.output<S>, user: Pick<SessionUser, "id">, params: P) => Promise<T>,
  { session = "full" }: { session?: "full" | "token" } = {},
) {
  return async (req: Request, ctx: Ctx<P>): Promise<Response> => {
    try {
      assertSameOrigin(req);
      const user = session === "token" ? { id: await requireUserId() } : await requireUser();
      const parsed = schema.safeParse(await readJson(req));
      if (!parsed.success) throw fromZod(parsed.error, "The request was not understood.");
      return Response.json(await handler(parsed.data, user, await ctx.params));
    } catch (error) {
      return errorResponse(error);
    }
  };
}
