import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
if (inject("databaseKind") === "pglite") process.env.PGLITE_SOCKET = "1";
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
// Small pools: PGlite accepts a limited number of connections.
process.env.DB_POOL_MAX ??= "4";
