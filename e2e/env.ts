// Shared by playwright.config.ts and the fixtures: where the app and its database are.
const port = Number(process.env.E2E_PORT ?? 3100);
const pglitePort = Number(process.env.E2E_PGLITE_PORT ?? 54329);
const databaseUrl = process.env.E2E_DATABASE_URL;

export const E2E = {
  port,
  baseUrl: `http://127.0.0.1:${port}`,
  secret: "e2e-secret-not-for-production-0123456789abcdef",
  databaseUrl,
  pglitePort,
  /** What the fixtures connect to: the same database the server uses. */
  fixtureDatabaseUrl: databaseUrl ?? `postgresql://postgres:postgres@127.0.0.1:${pglitePort}/postgres`,
  kind: databaseUrl ? "postgresql" : "pglite",
} as const;
