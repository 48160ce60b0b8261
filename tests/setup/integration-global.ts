import type { TestProject } from "vitest/node";
import { createTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "postgresql" | "pglite";
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase("it");
  console.log(
    `\n▶ integration tests on ${database.kind === "postgresql" ? "real PostgreSQL" : "embedded PGlite (no PostgreSQL server reachable)"}\n`,
  );
  project.provide("databaseUrl", database.url);
  project.provide("databaseKind", database.kind);
  return async () => {
    await database.drop();
  };
}
