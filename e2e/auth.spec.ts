import { expect, test } from "./fixtures";

test.describe("sign-up, sign-in and sign-out", () => {
  test("a new user signs up, lands on the dashboard, signs out and signs back in", async ({ page, sql }) => {
    const email = `new.${Date.now()}@example.test`;
    await page.goto("/signup");
    await page.getByLabel("Name").fill("Morgan Lee");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: "Welcome, Morgan" })).toBeVisible();

    await page.getByRole("button", { name: /Account menu/ }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);

    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Welcome, Morgan" })).toBeVisible();

    const [row] = await sql<
      { passwordHash: string }[]
    >`SELECT "passwordHash" FROM "User" WHERE email = ${email}`;
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    await sql`DELETE FROM "User" WHERE email = ${email}`;
  });

  test("a wrong password gets one generic message, the same as an unknown email", async ({
    page,
    createUser,
  }) => {
    const user = await createUser();
    await page.goto("/signin");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Email or password is wrong.");

    await page.getByLabel("Email").fill(`nobody.${Date.now()}@example.test`);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Email or password is wrong.");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("a visitor sent to sign-in comes back to the page they wanted", async ({ page, createUser }) => {
    const user = await createUser({ name: "Riley Park" });
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings/);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  });

  test("signing up with an email that is taken explains it on the field", async ({
    page,
    createUser,
    sql,
  }) => {
    const user = await createUser();
    await page.goto("/signup");
    await page.getByLabel("Name").fill("Someone Else");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill("another long password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("An account with this email already exists. Sign in instead?")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    const [{ count }] = await sql<
      [{ count: number }]
    >`SELECT count(*)::int AS count FROM "User" WHERE email = ${user.email}`;
    expect(count).toBe(1);
  });

  test("bad sign-up input gets field messages and keeps what was typed", async ({ page, sql }) => {
    await page.goto("/signup");
    await page.getByLabel("Name").fill("Pat");
    await page.getByLabel("Email").fill("pat-at-hospital");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Enter a valid email address, like name@hospital.org.")).toBeVisible();
    await expect(page.getByText("Use at least 10 characters for your password.")).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveValue("Pat");
    const [{ count }] = await sql<
      [{ count: number }]
    >`SELECT count(*)::int AS count FROM "User" WHERE email = 'pat-at-hospital'`;
    expect(count).toBe(0);
  });
});

test.describe("the sign-in endpoint", () => {
  test("refuses a credentials post without a CSRF token with a 403, not a 500", async ({ request }) => {
    const res = await request.post("/api/auth/callback/credentials", {
      form: { email: "a@example.test", password: "whatever-password" },
    });
    expect(res.status()).toBe(403);
    expect((await res.json()) as unknown).toMatchObject({
      error: { message: expect.stringMatching(/CSRF/) as unknown },
    });
  });
});
