// A fresh, migrated database for one test run: real PostgreSQL when one answers locally,
// otherwise embedded PGlite, so `npm test` also works on a bare laptop.
import { readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import postgres from "postgres";

const root = path.resolve(import.meta.dirname, "../..");
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

export type TestDatabase = { url: string; kind: "postgresql" | "pglite"; drop: () => Promise<void> };

/** Refuses anything but a local server: tests create and drop databases. */
export function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host))
    throw new Error(`Refusing to run tests against non-local database host "${host}".`);
}

function reachable(host: string, port: number, timeoutMs = 1500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** The migrations' SQL, in order — the same files `prisma migrate deploy` applies. */
export function migrationSql(): string[] {
  const dir = path.join(root, "prisma/migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}

async function migrate(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    for (const script of migrationSql()) await sql.unsafe(script);
  } finally {
    await sql.end();
  }
}

export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  assertLocal(adminUrl);
  const admin = new URL(adminUrl);
  if (
    process.env.TEST_DATABASE !== "pglite" &&
    (await reachable(admin.hostname, Number(admin.port || 5432)))
  ) {
    const name = `${prefix}_${Date.now()}_${process.pid}`;
    const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await sql.unsafe(`CREATE DATABASE "${name}"`);
    await sql.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    await migrate(url.toString());
    return {
      url: url.toString(),
      kind: "postgresql",
      drop: async () => {
        const s = postgres(adminUrl, { max: 1, onnotice: () => {} });
        await s.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await s.end();
      },
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const db = await PGlite.create("memory://");
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 40 });
  // @ts-expect-error plain .mjs helper shared with scripts/with-db.mjs
  const { keepExtendedQueriesTogether } = (await import("../../scripts/pglite-queue.mjs")) as {
    keepExtendedQueriesTogether: (s: unknown) => void;
  };
  keepExtendedQueriesTogether(server);
  await server.start();
  const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres`;
  await migrate(url);
  return {
    url,
    kind: "pglite",
    drop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
