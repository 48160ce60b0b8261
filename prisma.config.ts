// Prisma CLI configuration: JS engine + adapter-pg, fully offline (docs/decisions/0001).
import "dotenv/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { defineConfig } from "prisma/config";

// The CLI must be able to resolve DATABASE_URL, or it falls back to downloading native engines.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/app";

type QueryResultLike = { fields?: { dataTypeID: number }[] };
type Callback = (err: Error | null, res: QueryResultLike) => void;

// adapter-pg cannot deserialize PostgreSQL's internal "char" type (OID 18), which the schema
// engine's catalog queries return; present it as text (OID 25). CLI only, never the app.
function retypeCharFields(res: QueryResultLike | QueryResultLike[]) {
  for (const r of Array.isArray(res) ? res : [res]) {
    for (const f of r?.fields ?? []) if (f.dataTypeID === 18) f.dataTypeID = 25;
  }
  return res;
}

class CatalogSafeClient extends pg.Client {
  // pg-pool calls query(config, undefined, callback); plain callers use the promise form.
  override query(...args: unknown[]): never {
    const config = args[0];
    let [, values, cb] = args as [unknown, unknown, Callback | undefined];
    if (typeof values === "function") {
      cb = values as Callback;
      values = undefined;
    }
    const query = super.query.bind(this) as (...a: unknown[]) => unknown;
    if (cb) {
      const done = cb;
      return query(config, values, (err: Error | null, res: QueryResultLike) =>
        done(err, err ? res : (retypeCharFields(res) as QueryResultLike)),
      ) as never;
    }
    return (query(config, values) as Promise<QueryResultLike>).then(retypeCharFields) as never;
  }
}

const pgAdapter = (connectionString: string) =>
  new PrismaPg({ connectionString, Client: CatalogSafeClient, allowExitOnIdle: true });

async function admin(connectionString: string, sql: string) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: () => {
    const url = process.env.DATABASE_URL!;
    const factory = pgAdapter(url);
    // adapter-pg's own shadow database points at the main database and drops it before closing
    // its pool; create, connect and drop a really separate one instead.
    factory.connectToShadowDb = async () => {
      const name = `prisma_shadow_${process.pid}_${Date.now()}`;
      await admin(url, `CREATE DATABASE "${name}"`);
      const shadowUrl = new URL(url);
      shadowUrl.pathname = `/${name}`;
      const shadow = await pgAdapter(shadowUrl.toString()).connect();
      const close = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await close();
        await admin(url, `DROP DATABASE IF EXISTS "${name}"`);
      };
      return shadow;
    };
    return Promise.resolve(factory);
  },
});
