// npm run user:role -- someone@example.com AUTHOR — give an existing account a role
// (LEARNER, AUTHOR or ADMIN). Authors and admins see item statistics and the reports inbox.
// Uses DATABASE_URL, like content:import. Run with the react-server condition so lib/server loads.
import { z } from "zod";
import { db } from "../lib/server/db";

const ZArgs = z.tuple(
  [
    z
      .email({ error: "The first argument must be the account's email address." })
      .transform((e) => e.toLowerCase()),
    z
      .string()
      .transform((r) => r.toUpperCase())
      .pipe(z.enum(["LEARNER", "AUTHOR", "ADMIN"], { error: "The role must be LEARNER, AUTHOR or ADMIN." })),
  ],
  { error: "Give exactly two arguments: an email and a role." },
);

const parsed = ZArgs.safeParse(process.argv.slice(2));
if (!parsed.success) {
  console.error(`✖ ${parsed.error.issues.map((i) => i.message).join(" ") || "Give an email and a role."}`);
  console.error("usage: npm run user:role -- someone@example.com AUTHOR");
  process.exit(2);
}
if (!process.env.DATABASE_URL) {
  // The embedded database belongs to the running app's process; opening its files from a second
  // process would corrupt them, so reach it through the socket the launcher serves instead.
  console.error(`✖ DATABASE_URL is not set. With the embedded database, start the app on a fixed port:
    PGLITE_PORT=54329 npm run dev
  then, in another terminal:
    DATABASE_URL=postgresql://postgres:postgres@127.0.0.1:54329/postgres npm run user:role -- ${process.argv.slice(2).join(" ")}`);
  process.exit(2);
}

const [email, role] = parsed.data;
try {
  const before = await db().user.findUnique({ where: { email }, select: { role: true } });
  if (!before) {
    console.error(`✖ No account with the email ${email}. Sign up first, then run this again.`);
    process.exitCode = 1;
  } else {
    await db().user.update({ where: { email }, data: { role } });
    console.log(
      before.role === role
        ? `▶ ${email} already has the role ${role}.`
        : `▶ ${email} is now ${role} (was ${before.role}).`,
    );
  }
} catch (error) {
  console.error(`✖ Could not change the role: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db().$disconnect();
}
