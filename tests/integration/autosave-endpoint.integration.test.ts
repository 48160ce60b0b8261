// The autosave endpoint over real HTTP, as production serves it (server.ts answers it on node:http
// without Next.js), and side by side with the Next.js route handler that `next dev` uses: for every
// request below both must give the same status and body, and a refused request writes nothing.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as routePost } from "@/app/api/attempts/[id]/answers/route";
import { startAttempt } from "@/lib/server/attempts";
import { db } from "@/lib/server/db";
import { serveFastRoute } from "@/lib/server/fast-routes";
import { createUser } from "@/lib/server/users";
import { ZStartExam } from "@/lib/schemas/attempt";
import { ensureBankImported, uniqueEmail } from "./helpers";

let server: Server;
let base: string;
let host: string;
let owner: { id: string; cookie: string };
let other: { id: string; cookie: string };
let attemptId: string;

async function signedInUser(tag: string) {
  const user = await createUser({ name: tag, email: uniqueEmail(tag), password: "a long enough password" });
  const token = await encode({ token: { sub: user.id }, secret: process.env.NEXTAUTH_SECRET! });
  return { id: user.id, cookie: `theme=dark; next-auth.session-token=${token}` };
}

type Call = { path?: string; method?: string; headers?: Record<string, string>; body?: string };

/** The same request to the node:http fast path and to the Next.js route handler. */
async function both({ path, method = "POST", headers = {}, body }: Call) {
  const url = `${base}${path ?? `/api/attempts/${attemptId}/answers`}`;
  const init = { method, headers: { origin: base, ...headers }, body };
  const fast = await fetch(url, init);
  const id = decodeURIComponent(new URL(url).pathname.split("/")[3]!);
  // The route handler sees the Host header a browser would send to this server.
  const routed = await routePost(new Request(url, { ...init, headers: { host, ...init.headers } }), {
    params: Promise.resolve({ id }),
  });
  return {
    fast: {
      status: fast.status,
      body: (await fast.json()) as unknown,
      type: fast.headers.get("content-type"),
    },
    route: { status: routed.status, body: (await routed.json()) as unknown },
  };
}

const items = () =>
  db().attemptItem.findMany({
    where: { attemptId },
    orderBy: { position: "asc" },
    select: { position: true, selectedOption: true, flagged: true, struckOptions: true, clientSeq: true },
  });

beforeAll(async () => {
  await ensureBankImported();
  owner = await signedInUser("fast-owner");
  other = await signedInUser("fast-other");
  attemptId = (await startAttempt(owner.id, ZStartExam.parse({ certification: "ciip", kind: "quick" }))).id;
  server = createServer((req, res) => {
    if (!serveFastRoute(req, res)) res.writeHead(418).end("not a fast route");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  base = `http://${host}`;
}, 120_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("autosave over HTTP (production fast path and Next.js route)", () => {
  const json = (value: unknown) => JSON.stringify(value);

  it.each<[string, () => Call, number, string]>([
    ["no session", () => ({ body: json({ position: 0, seq: 1, selectedOption: 1 }) }), 401, "UNAUTHORIZED"],
    [
      "a forged session cookie",
      () => ({
        headers: { cookie: "next-auth.session-token=not-a-token" },
        body: json({ position: 0, seq: 1 }),
      }),
      401,
      "UNAUTHORIZED",
    ],
    [
      "a cross-site origin",
      () => ({
        headers: { cookie: owner.cookie, origin: "https://evil.example" },
        body: json({ position: 0, seq: 1, selectedOption: 1 }),
      }),
      403,
      "FORBIDDEN",
    ],
    [
      "an origin that is not a URL",
      () => ({ headers: { cookie: owner.cookie, origin: "null" }, body: json({ position: 0, seq: 1 }) }),
      403,
      "FORBIDDEN",
    ],
    [
      "a body that is not JSON",
      () => ({ headers: { cookie: owner.cookie }, body: "{position: 0" }),
      422,
      "INVALID",
    ],
    [
      "a body of the wrong shape",
      () => ({ headers: { cookie: owner.cookie }, body: json({ position: "first", selectedOption: 1 }) }),
      422,
      "INVALID",
    ],
    [
      "a body over the size limit",
      () => ({
        headers: { cookie: owner.cookie },
        body: json({ position: 0, seq: 1, pad: "x".repeat(600_000) }),
      }),
      422,
      "INVALID",
    ],
    [
      "a position not in the attempt",
      () => ({ headers: { cookie: owner.cookie }, body: json({ position: 30, seq: 1, selectedOption: 0 }) }),
      422,
      "INVALID",
    ],
    [
      "an option that does not exist",
      () => ({ headers: { cookie: owner.cookie }, body: json({ position: 0, seq: 1, selectedOption: 7 }) }),
      422,
      "INVALID",
    ],
    [
      "another user's attempt",
      () => ({ headers: { cookie: other.cookie }, body: json({ position: 0, seq: 1, selectedOption: 1 }) }),
      404,
      "NOT_FOUND",
    ],
    [
      "an attempt that does not exist",
      () => ({
        path: "/api/attempts/no-such-attempt/answers",
        headers: { cookie: owner.cookie },
        body: json({ position: 0, seq: 1, selectedOption: 1 }),
      }),
      404,
      "NOT_FOUND",
    ],
  ])(
    "refuses %s alike on both servers, with a clear message and no write",
    async (_label, call, status, code) => {
      const before = await items();
      const { fast, route } = await both(call());
      expect(fast.status).toBe(status);
      expect(fast.type).toBe("application/json");
      expect(fast.body).toMatchObject({
        error: { code, message: expect.stringMatching(/\w{3,}/) as unknown },
      });
      expect(route).toEqual({ status: fast.status, body: fast.body });
      expect(await items()).toEqual(before);
    },
  );

  it("saves one answer and a batch, replying as the route does", async () => {
    const single = await both({
      headers: { cookie: owner.cookie },
      body: json({ position: 2, seq: 1, selectedOption: 3, flagged: true }),
    });
    expect(single.fast).toMatchObject({
      status: 200,
      body: { ok: true, results: [{ position: 2, seq: 1, applied: true }] },
    });
    // The route got the same save second: already applied, so not applied again (idempotent).
    expect(single.route).toMatchObject({
      status: 200,
      body: { ok: true, results: [{ position: 2, seq: 1, applied: false }] },
    });

    const batch = await fetch(`${base}/api/attempts/${attemptId}/answers`, {
      method: "POST",
      // sendBeacon posts text/plain
      headers: { origin: base, cookie: owner.cookie, "content-type": "text/plain;charset=UTF-8" },
      body: json({
        saves: [
          { position: 4, seq: 1, selectedOption: 0 },
          { position: 4, seq: 2, struck: [1, 2] },
        ],
      }),
    });
    expect(batch.status).toBe(200);
    const rows = await items();
    expect(rows[2]).toMatchObject({ selectedOption: 3, flagged: true, clientSeq: 1 });
    expect(rows[4]).toMatchObject({ selectedOption: 0, struckOptions: [1, 2], clientSeq: 2 });
  });

  it("leaves every other request to Next.js", async () => {
    for (const [method, path] of [
      ["GET", `/api/attempts/${attemptId}/answers`],
      ["POST", `/api/attempts/${attemptId}/submit`],
      ["POST", `/api/attempts/${attemptId}/answers/extra`],
      // Next.js answers a trailing slash with a redirect; so must production.
      ["POST", `/api/attempts/${attemptId}/answers/`],
      ["POST", "/api/attempts"],
    ] as const) {
      const res = await fetch(`${base}${path}`, { method, headers: { origin: base, cookie: owner.cookie } });
      expect([method, path, res.status]).toEqual([method, path, 418]);
    }
  });
});
