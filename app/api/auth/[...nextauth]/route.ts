// GET|POST /api/auth/* - next-auth v4 (credentials, JWT sessions).
import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, ctx: RouteContext) {
  // next-auth answers a sign-in without its CSRF token with a redirect; make it a clear 403.
  if (req.method === "POST") {
    const body = await req.clone().text();
    const params = new URLSearchParams(body);
    const { nextauth } = await ctx.params;
    if (nextauth[0] === "callback" && !params.get("csrfToken")) {
      return Response.json(
        { error: { code: "FORBIDDEN", message: "Missing CSRF token. Reload the page and try again." } },
        { status: 403 },
      );
    }
  }
  return (NextAuth(authOptions()) as (req: Request, ctx: RouteContext) => Promise<Response>)(req, ctx);
}

export { handler as GET, handler as POST };
