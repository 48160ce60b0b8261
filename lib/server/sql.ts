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
    // Date parameters travel as timestamptz; converting them to TIMESTAMP columns must assume UTC.
    connection: { TimeZone: "UTC" },
    types: {
      // Prisma's DateTime columns are TIMESTAMP(3) holding UTC wall time; read them as UTC whatever
      // the server's own time zone is (postgres.js would otherwise read them as local time).
      utcTimestamp: {
        to: 1114,
        from: [1114],
        serialize: (d: Date | string) => (d instanceof Date ? d.toISOString() : d),
        parse: (s: string) => new Date(`${s.replace(" ", "T")}Z`),
      },
    },
  });
  return globalForSql.sql;
}
