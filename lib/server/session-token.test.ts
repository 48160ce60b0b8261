import { encode, type JWTDecodeParams } from "next-auth/jwt";
import type * as Jwt from "next-auth/jwt";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

const decodes = vi.hoisted(() => ({ count: 0 }));
vi.mock("next-auth/jwt", async (importOriginal) => {
  const original = await importOriginal<typeof Jwt>();
  return {
    ...original,
    decode: (params: JWTDecodeParams) => {
      decodes.count += 1;
      return original.decode(params);
    },
  };
});

const secret = "unit-test-secret-0123456789abcdef0123456789";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = secret;
  process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/unused";
});
afterEach(() => {
  vi.useRealTimers();
});

const { userIdFromCookieHeader, userIdFromToken } = await import("./session-token");

describe("the session token cache behind the hot endpoints", () => {
  it("decodes a token once, then answers from the cache", async () => {
    const token = await encode({ token: { sub: "user-1" }, secret });
    const before = decodes.count;
    expect(await userIdFromToken(token)).toBe("user-1");
    expect(await userIdFromToken(token)).toBe("user-1");
    expect(decodes.count - before).toBe(1);
  });

  it("stops accepting a cached token once it expires", async () => {
    const token = await encode({ token: { sub: "user-2" }, secret, maxAge: 60 });
    expect(await userIdFromToken(token)).toBe("user-2");
    vi.useFakeTimers({ now: Date.now() + 120_000, toFake: ["Date"] });
    expect(await userIdFromToken(token)).toBeNull();
  });

  it("refuses tampered tokens and tokens made with another secret", async () => {
    const token = await encode({ token: { sub: "user-3" }, secret });
    expect(await userIdFromToken(`${token.slice(0, -2)}xx`)).toBeNull();
    const foreign = await encode({ token: { sub: "user-3" }, secret: `${secret}-other` });
    expect(await userIdFromToken(foreign)).toBeNull();
  });

  it("finds the session among other cookies, and nothing without one", async () => {
    const token = await encode({ token: { sub: "user-4" }, secret });
    expect(await userIdFromCookieHeader(`theme=dark; next-auth.session-token=${token}; x=1`)).toBe("user-4");
    expect(await userIdFromCookieHeader(`__Secure-next-auth.session-token=${token}`)).toBe("user-4");
    expect(await userIdFromCookieHeader("next-auth.csrf-token=abc; theme=dark")).toBeNull();
    expect(await userIdFromCookieHeader("")).toBeNull();
    expect(await userIdFromCookieHeader(null)).toBeNull();
  });
});
