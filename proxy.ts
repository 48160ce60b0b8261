import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIES } from "@/lib/auth/session-cookies";

// Visitors without a session cookie go to sign-in and come back to the page they asked for.
// The pages still verify the session themselves; this only makes the round trip pleasant.
export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = request.nextUrl.clone();
  const returnTo = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  url.pathname = "/signin";
  url.search = `?callbackUrl=${encodeURIComponent(returnTo)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: [
    "/dashboard/:path*",
    "/settings/:path*",
    "/exams/:path*",
    "/review/:path*",
    "/progress/:path*",
    "/author/:path*",
  ],
};
