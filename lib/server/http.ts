import "server-only";
import type { z } from "zod";
import { requireUser } from "./auth";
import { runJsonEndpoint, type JsonEndpoint } from "./json-endpoint";

type Ctx<P> = { params: Promise<P> };

/** A Next.js route handler for a JSON endpoint (lib/server/json-endpoint.ts). */
export function jsonRoute<S extends z.ZodType, P, T>(endpoint: JsonEndpoint<S, P, T>) {
  return async (req: Request, ctx: Ctx<P>): Promise<Response> => {
    const { status, body } = await runJsonEndpoint(
      endpoint,
      { header: (name) => req.headers.get(name), text: () => req.text() },
      await ctx.params,
      requireUser,
    );
    return Response.json(body, { status });
  };
}
