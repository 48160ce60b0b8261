import "server-only";
import { parseCookie } from "cookie";
import { decode } from "next-auth/jwt";
import { SESSION_COOKIES } from "@/lib/auth/session-cookies";
import { getEnv } from "./env";

// The user id in next-auth's session cookie, for the hot endpoints that need nothing else (autosave,
// exam start, submit). Free of Next's request APIs, so the node:http autosave path can use it too.

// Decoded session tokens, keyed by the exact cookie value. next-auth's decode() derives the key with
// HKDF and decrypts the JWE on every call, a visible share of an autosave's CPU (bench/exam-load);
// a taker sends the same cookie with every save. Only what decode() accepted is stored, an entry is
// dropped at the token's own expiry, and a new or refreshed cookie is simply another key. JWT
// sessions cannot be revoked server-side anyway (signing out deletes the cookie). Bounded: the
// oldest entries go first. See docs/decisions/0007.
const TOKEN_CACHE_MAX = 10_000;
type CachedToken = { sub: string; exp: number };
const globalForTokens = globalThis as unknown as { sessionTokens?: Map<string, CachedToken> };
const tokenCache = (globalForTokens.sessionTokens ??= new Map<string, CachedToken>());

/** The user id in a session token, or null when it is not a valid, unexpired session. */
export async function userIdFromToken(token: string): Promise<string | null> {
  const now = Date.now();
  const hit = tokenCache.get(token);
  if (hit && hit.exp > now) return hit.sub;
  if (hit) tokenCache.delete(token);
  const payload = await decode({ token, secret: getEnv().NEXTAUTH_SECRET }).catch(() => null);
  if (!payload?.sub) return null;
  if (typeof payload.exp === "number" && payload.exp * 1000 > now) {
    if (tokenCache.size >= TOKEN_CACHE_MAX) tokenCache.delete(tokenCache.keys().next().value!);
    tokenCache.set(token, { sub: payload.sub, exp: payload.exp * 1000 });
  }
  return payload.sub;
}

/** The user id in a request's Cookie header, or null when it carries no valid session. */
export async function userIdFromCookieHeader(header: string | null | undefined): Promise<string | null> {
  if (!header) return null;
  const cookies = parseCookie(header);
  const token = SESSION_COOKIES.map((name) => cookies[name]).find(Boolean);
  return token ? userIdFromToken(token) : null;
}
