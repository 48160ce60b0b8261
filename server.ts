// The production server (`npm start`, built by `npm run build` into dist/server.mjs).
// Next.js serves everything except exam autosaves: those are answered here on node:http by the same
// endpoint code the route handler runs, without Next's request pipeline, which cost about four times
// the save itself under load (docs/decisions/0008). `next dev` serves autosaves through the route.
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { getEnv } from "@/lib/server/env";
import { serveFastRoute } from "@/lib/server/fast-routes";

const { values } = parseArgs({
  options: {
    hostname: { type: "string", short: "H" },
    port: { type: "string", short: "p" },
  },
});
const hostname = values.hostname ?? "0.0.0.0";
const port = Number(values.port ?? process.env.PORT ?? 3000);

Object.assign(process.env, { NODE_ENV: "production" }); // as `next start` does
getEnv(); // a bad environment stops the server here, with the reason, before it listens

const app = next({ dev: false, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  if (!serveFastRoute(req, res)) void handle(req, res);
});

// A deep accept queue: when a whole cohort presses Start at once, Node's default of 511 pending
// connections overflows and their clients wait 1–7 s to retry (the kernel caps it at somaxconn).
server.listen({ port, host: hostname, backlog: 4096 }, () => {
  console.log(`▶ ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    server.closeIdleConnections();
    void app.close().finally(() => process.exit(0));
  });
}
