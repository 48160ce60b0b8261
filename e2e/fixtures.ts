import AxeBuilder from "@axe-core/playwright";
import { hash } from "@node-rs/argon2";
import { test as base, expect, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { E2E } from "./env";

export type TestUser = { id: string; email: string; name: string; password: string };

type Fixtures = {
  sql: postgres.Sql;
  createUser: (overrides?: Partial<Pick<TestUser, "name" | "email" | "password">>) => Promise<TestUser>;
  /** Signs a user in by setting a session cookie — for tests that are not about the sign-in form. */
  signIn: (user: TestUser) => Promise<void>;
  signedInUser: TestUser;
};

let passwordHash: Promise<string> | undefined;
const DEFAULT_PASSWORD = "reading-room-42";

export const test = base.extend<Fixtures, { workerSql: postgres.Sql }>({
  workerSql: [
    async ({}, use) => {
      const sql = postgres(E2E.fixtureDatabaseUrl, { max: 1, onnotice: () => {} });
      await use(sql);
      await sql.end();
    },
    { scope: "worker" },
  ],
  sql: async ({ workerSql }, use) => use(workerSql),
  createUser: async ({ sql }, use) => {
    const created: string[] = [];
    await use(async (overrides = {}) => {
      const password = overrides.password ?? DEFAULT_PASSWORD;
      const hashed =
        password === DEFAULT_PASSWORD
          ? await (passwordHash ??= hash(DEFAULT_PASSWORD))
          : await hash(password);
      const user = {
        id: `e2e${randomUUID().replaceAll("-", "").slice(0, 21)}`,
        email: overrides.email ?? `e2e.${randomUUID()}@example.test`,
        name: overrides.name ?? "Jordan Analyst",
        password,
      };
      await sql`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES (${user.id}, ${user.email}, ${user.name}, ${hashed}, now())`;
      created.push(user.id);
      return user;
    });
    if (created.length) await sql`DELETE FROM "User" WHERE id IN ${sql(created)}`;
  },
  signIn: async ({ context }, use) => {
    await use(async (user) => {
      const token = await encode({
        token: { sub: user.id, name: user.name, email: user.email },
        secret: E2E.secret,
      });
      await context.addCookies([
        { name: "next-auth.session-token", value: token, url: E2E.baseUrl, httpOnly: true, sameSite: "Lax" },
      ]);
    });
  },
  signedInUser: async ({ createUser, signIn }, use) => {
    const user = await createUser();
    await signIn(user);
    await use(user);
  },
});

export { expect };

/** A valid next-auth session cookie for `user`, for any browser context. */
export async function sessionCookie(user: Pick<TestUser, "id" | "name" | "email">) {
  const token = await encode({
    token: { sub: user.id, name: user.name, email: user.email },
    secret: E2E.secret,
  });
  return {
    name: "next-auth.session-token",
    value: token,
    url: E2E.baseUrl,
    httpOnly: true,
    sameSite: "Lax" as const,
  };
}

/** Serious and critical axe violations on the current page (WCAG 2.2 AA rule set). */
export async function seriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
}
