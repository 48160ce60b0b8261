import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies, headers } from "next/headers";
import { notFound as notFoundPage, redirect } from "next/navigation";
import { cache } from "react";
import { ZSignIn } from "@/lib/schemas/auth";
import { db } from "./db";
import { getEnv } from "./env";
import { notFound, unauthorized } from "./errors";
import { consumeSignInAttempt, resetAccountAttempts } from "./rate-limit";

// Verified when the email is unknown, so that a wrong email and a wrong password take the same
// time (no user enumeration by timing).
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hash(randomBytes(16).toString("hex")));

export class SignInThrottledError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("THROTTLED");
  }
}

/**
 * The client's address for per-IP throttling, or null when unknown. Forwarded headers are trusted
 * only behind a proxy (TRUST_PROXY=1); anyone can forge them on a direct connection.
 */
function clientIp(h: Headers): string | null {
  if (!getEnv().TRUST_PROXY) return null;
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || null;
}

export async function verifyCredentials(input: unknown, ip: string | null) {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const throttle = await consumeSignInAttempt(email, ip);
  if (!throttle.allowed) throw new SignInThrottledError(throttle.retryAfterSeconds);
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const ok = await verify(user?.passwordHash ?? (await getDummyHash()), password).catch(() => false);
  if (!user || !ok) return null;
  await resetAccountAttempts(email);
  return { id: user.id, email: user.email, name: user.name };
}

export function authOptions(): NextAuthOptions {
  return {
    secret: getEnv().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials) {
          const ip = clientIp(await headers());
          try {
            return await verifyCredentials(credentials, ip);
          } catch (e) {
            if (e instanceof SignInThrottledError) throw new Error(`THROTTLED:${e.retryAfterSeconds}`);
            throw e;
          }
        },
      }),
    ],
    callbacks: {
      session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: "LEARNER" | "AUTHOR" | "ADMIN";
  theme: "SYSTEM" | "LIGHT" | "DARK";
};

/** The signed-in user, re-read from the database (a deleted account's token stops working). */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  await cookies(); // per-request: opt out of static prerendering before touching the environment
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  return db().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, theme: true },
  });
});

/** For pages: the user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUserOrRedirect(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * Signs this browser out from the server (after account deletion): expires next-auth's cookies,
 * including a chunked session token. A copied token would still decode, but getCurrentUser re-reads
 * the user and token-only routes filter by the id, so it reaches nothing.
 */
export async function clearSessionCookies(): Promise<void> {
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (!/^(__Secure-|__Host-)?next-auth\./.test(name)) continue;
    // Browsers accept a __Secure-/__Host- cookie, even an expired one, only with Secure and path=/.
    jar.set(name, "", {
      path: "/",
      maxAge: 0,
      httpOnly: true,
      sameSite: "lax",
      secure: name.startsWith("__"),
    });
  }
}

/** For actions and route handlers: the user, or an UNAUTHORIZED AppError. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw unauthorized();
  return user;
}

// ───────────── authors and admins ─────────────
// The author area is not advertised: a signed-in learner gets the same 404 as for a page that does
// not exist, never a 403 that confirms it. Visitors are asked to sign in, as everywhere else.

export const isAuthorRole = (role: SessionUser["role"]) => role === "AUTHOR" || role === "ADMIN";

/** For author pages: the author or admin; a learner gets the 404 page; a visitor goes to sign-in. */
export async function requireAuthorOrNotFound(returnTo: string): Promise<SessionUser> {
  const user = await requireUserOrRedirect(returnTo);
  if (!isAuthorRole(user.role)) notFoundPage();
  return user;
}

/** For author actions and route handlers: the author or admin, or a NOT_FOUND (learner) / UNAUTHORIZED AppError. */
export async function requireAuthor(): Promise<SessionUser> {
  const user = await requireUser();
  if (!isAuthorRole(user.role)) throw notFound("That page");
  return user;
}
