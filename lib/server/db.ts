import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { getDatabaseUrl } from "./env";

// Answer fields never leave the database unless a query opts in with `omit: { …: false }`,
// so an exam-mode query cannot leak the key by forgetting a `select`.
const omitAnswers = {
  questionVersion: { correctOption: true, optionRationales: true, explanation: true },
  user: { passwordHash: true },
} as const;

function createClient() {
  const adapter = new PrismaPg({
    connectionString: getDatabaseUrl(),
    max: Number(process.env.DB_POOL_MAX ?? 10),
  });
  return new PrismaClient({ adapter, omit: omitAnswers });
}

export type Db = ReturnType<typeof createClient>;

const globalForDb = globalThis as unknown as { db?: Db };

/** The one Prisma client, created on first use (not at import, so builds need no database). */
export function db(): Db {
  globalForDb.db ??= createClient();
  return globalForDb.db;
}
