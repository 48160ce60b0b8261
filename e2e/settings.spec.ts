import { expect, test } from "./fixtures";

test("a learner saves target certification, exam date and dark theme", async ({ page, signedInUser }) => {
  await page.goto("/settings");
  await page.getByLabel("Target certification").selectOption("ciip");
  await page.getByLabel("Exam date").fill("2027-01-06");
  await page.getByLabel("Daily goal (questions)").fill("25");
  await page.getByRole("radio", { name: /Dark/ }).check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

  await page.reload();
  await expect(page.getByLabel("Target certification")).toHaveValue("ciip");
  await expect(page.getByLabel("Exam date")).toHaveValue("2027-01-06");
  await expect(page.getByLabel("Daily goal (questions)")).toHaveValue("25");

  await page.goto("/dashboard");
  await expect(page.getByText(`CIIP`).first()).toBeVisible();
  expect(signedInUser.email).toContain("@example.test");
});

test("out-of-range settings get field messages and nothing is saved", async ({ page, signedInUser, sql }) => {
  await page.goto("/settings");
  await page.getByLabel("Review target retention").fill("0.5");
  await page.getByLabel("Daily goal (questions)").fill("-3");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Use a target retention of at least 0.70.")).toBeVisible();
  await expect(page.getByText("Use 0 to switch the daily goal off.")).toBeVisible();
  const [row] = await sql<
    { targetRetention: number; dailyGoal: number | null }[]
  >`SELECT "targetRetention", "dailyGoal" FROM "User" WHERE id = ${signedInUser.id}`;
  expect(row).toEqual({ targetRetention: 0.9, dailyGoal: 20 });
});

test("one user cannot read another user's settings", async ({ browser, createUser, signIn, page, sql }) => {
  const alice = await createUser({ name: "Alice Admin" });
  await sql`UPDATE "User" SET "targetCertificationSlug" = 'cpsm', "examDate" = '2027-05-01', "dailyGoal" = 77 WHERE id = ${alice.id}`;
  const bob = await createUser({ name: "Bob Builder" });
  await signIn(bob);

  await page.goto("/settings");
  await expect(page.getByLabel("Target certification")).toHaveValue("");
  await expect(page.getByLabel("Daily goal (questions)")).toHaveValue("20");

  const me = await page.request.get("/api/me");
  expect(me.status()).toBe(200);
  const body = (await me.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ id: bob.id, email: bob.email });
  expect(JSON.stringify(body)).not.toContain(alice.email);
  expect(body).not.toHaveProperty("passwordHash");

  const anonymous = await browser.newContext();
  const res = await anonymous.request.get(`${test.info().project.use.baseURL}/api/me`);
  expect(res.status()).toBe(401);
  await anonymous.close();
});
