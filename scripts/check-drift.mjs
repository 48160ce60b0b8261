#!/usr/bin/env node
// Fails when prisma/schema.prisma has changes no migration captures. Needs a PostgreSQL server:
// Prisma replays the migrations into a throwaway shadow database to compare.
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";
const child = spawn(
  process.execPath,
  [
    path.join(root, "node_modules/prisma/build/index.js"),
    "migrate",
    "diff",
    "--from-migrations",
    "prisma/migrations",
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--exit-code",
  ],
  { cwd: root, stdio: ["ignore", "pipe", "inherit"], env: process.env },
);
let output = "";
child.stdout.on("data", (d) => (output += d));
child.on("exit", (code) => {
  if (code === 0) console.log("✔ migrations match prisma/schema.prisma");
  else if (code === 2)
    console.error(
      `✖ prisma/schema.prisma has changes without a migration (run npm run db:migrate:dev):\n${output}`,
    );
  else console.error(`✖ drift check could not run (exit ${code})\n${output}`);
  process.exit(code === 0 ? 0 : 1);
});
