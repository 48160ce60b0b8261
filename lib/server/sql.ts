import "server-only";
import postgres from "postgres";
import { getDatabaseUrl } from "./env";

// Raw SQL for hot paths where a benchmark showed Prisma's per-query overhead mattering (autosave);
// Prisma stays the way everything else reads and writes. See docs/decisions/0005.
const globalForSql = globalThis as unknown as { sql?: postgres.Sql };

export function sql(): postgres.Sql {
  // Embedded PGlite serves every socket connection from one backend session, so concurrent
  // extended-protocol exchanges would interleave: there, use one connection and no named statements.
  const embedded = process.env.PGLITE_SOCKET === "1";
  globalForSql.sql ??= postgres(getDatabaseUrl(), {
    max: embedded ? 1 : Number(process.env.SQL_POOL_MAX ?? 10),
    idle_timeout: 30,
    onnotice: () => {},
    prepare: !embedded,
    // Prisma keeps `timestamp` columns in UTC. Dates are sent as timestamptz, so the session must be
    // UTC for them to land unshifted, and a `timestamp` read back is UTC whatever the host's TZ.
    connection: { TimeZone: "UTC" },
    types: {
      timestampUtc: {
        to: 1114,
        from: [1114],
        serialize: (d: Date) => d.toISOString(),
        parse: (s: string) => new Date(`${s.replace(" ", "T")}Z`),
      },
    },
  });
  return globalForSql.sql;
}
