import { randomUUID } from "node:crypto";
import type postgres from "postgres";
import { expect, seriousA11yViolations, test, type TestUser } from "./fixtures";

/** A real active question, its current version and key, and its topic. */
async function someQuestion(sql: postgres.Sql, offset = 0) {
  const [q] = await sql<{ externalId: string; versionId: string; correctOption: number; topic: string }[]>`
    SELECT q."externalId", qv.id AS "versionId", qv."correctOption", t.slug AS topic
    FROM "Question" q JOIN "QuestionVersion" qv ON qv.id = q."currentVersionId" JOIN "Topic" t ON t.id = q."topicId"
    WHERE q.status = 'ACTIVE' ORDER BY q."externalId" OFFSET ${offset} LIMIT 1`;
  return q!;
}

const makeAuthor = (sql: postgres.Sql, user: TestUser) =>
  sql`UPDATE "User" SET role = 'AUTHOR' WHERE id = ${user.id}`;

test("a learner gets 404 from every author page and the author data endpoint, and sees no Author link", async ({
  page,
  sql,
  signedInUser,
}) => {
  const q = await someQuestion(sql);
  for (const path of ["/author", "/author/reports?status=open", `/author/items/${q.externalId}`]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
  const api = await page.request.get("/api/author/items");
  expect(api.status()).toBe(404);
  expect(await api.json()).toMatchObject({ error: { code: "NOT_FOUND" } });

  await page.goto("/dashboard");
  await expect(page.getByRole("navigation", { name: "App" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Author" })).toHaveCount(0);
  expect(signedInUser.id).toBeTruthy();
});

test("a visitor is asked to sign in for author pages and gets 401 from the data endpoint", async ({
  page,
}) => {
  await page.goto("/author/reports");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fauthor%2Freports/);
  expect((await page.request.get("/api/author/items")).status()).toBe(401);
});

test("an author reads item statistics, sorts them, opens an item and resolves a learner's report", async ({
  page,
  sql,
  createUser,
  signIn,
}) => {
  const author = await createUser({ name: "Ada Author" });
  await makeAuthor(sql, author);
  const learner = await createUser({ name: "Lee Learner" });
  const q = await someQuestion(sql);
  const other = await someQuestion(sql, 1);

  // A finished attempt in which the learner got q right and the other item wrong, and a report on q.
  const [ciip] = await sql<{ id: string }[]>`SELECT id FROM "Certification" WHERE slug = 'ciip'`;
  const attemptId = `e2e${randomUUID().replaceAll("-", "").slice(0, 20)}`;
  await sql`INSERT INTO "Attempt" (id, "userId", mode, "immediateFeedback", "certificationId", title, seed, config, status, "itemCount", "submittedAt", "correctCount", "updatedAt")
            VALUES (${attemptId}, ${learner.id}, 'CUSTOM', false, ${ciip!.id}, 'Seeded quiz', 's', ${sql.json({ kind: "custom" })}, 'SUBMITTED', 2, now(), 1, now())`;
  await sql`INSERT INTO "AttemptItem" ${sql([
    {
      id: `${attemptId}a`,
      attemptId,
      position: 0,
      questionVersionId: q.versionId,
      optionOrder: [0, 1, 2, 3],
      selectedOption: q.correctOption,
      isCorrect: true,
      timeSpentMs: 42_000,
      updatedAt: new Date(),
    },
    {
      id: `${attemptId}b`,
      attemptId,
      position: 1,
      questionVersionId: other.versionId,
      optionOrder: [0, 1, 2, 3],
      selectedOption: (other.correctOption + 1) % 4,
      isCorrect: false,
      timeSpentMs: 30_000,
      updatedAt: new Date(),
    },
  ])}`;
  const reportText = `The stem says CT but the exhibit is MR (${randomUUID().slice(0, 8)}).`;
  const [report] = await sql<{ id: string }[]>`
    INSERT INTO "QuestionReport" (id, "userId", "questionVersionId", reason, text, "updatedAt")
    VALUES (${`e2e${randomUUID().replaceAll("-", "").slice(0, 20)}`}, ${learner.id}, ${q.versionId}, 'AMBIGUOUS', ${reportText}, now())
    RETURNING id`;

  await signIn(author);
  await page.goto("/dashboard");
  await page.getByRole("navigation", { name: "App" }).getByRole("link", { name: "Author" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Author" })).toBeVisible();

  // Filter to the item's topic with the form (a plain GET form), then sort by facility.
  await page.getByLabel("Topic").selectOption(q.topic);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`topic=${q.topic}`));
  const row = page
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: q.externalId, exact: true }) });
  await expect(row).toBeVisible();
  await expect(row.getByText("Open reports")).toBeVisible(); // the flag badge, in words
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole("link", { name: "Facility" }).click();
  await expect(page).toHaveURL(/sort=facility&dir=asc/);
  await expect(page.getByRole("columnheader", { name: "Facility" })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  await expect(page).toHaveURL(new RegExp(`topic=${q.topic}`)); // sorting keeps the filters

  // The item page: figures, the key in the option table, the report.
  await row.getByRole("link", { name: q.externalId, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: q.externalId })).toBeVisible();
  const choices = page.getByRole("table", { name: "Answers per option, in authored order" });
  await expect(choices.getByRole("row").filter({ hasText: "key" })).toHaveCount(1);
  await expect(page.getByText(reportText)).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  // The inbox: resolve the report with a note; who, when and why are recorded.
  await page
    .getByRole("navigation", { name: "Author" })
    .getByRole("link", { name: /Reports inbox/ })
    .click();
  await expect(page.getByRole("link", { name: /^Open \(\d+\)$/ })).toHaveAttribute("aria-current", "page");
  const card = page.getByRole("article").filter({ hasText: reportText });
  await expect(card.getByText("More than one defensible answer")).toBeVisible();
  await expect(card.getByText(/version \d+ \(current\)/)).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await card.getByRole("button", { name: "Resolve", exact: true }).click();
  await expect(card.getByText(/Say what you did/)).toBeVisible(); // the note is required
  await card.getByLabel("Resolution note").fill("Reworded the stem to say MR; new version imported.");
  await card.getByRole("button", { name: "Resolve", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Report marked resolved" })).toBeVisible();
  await expect(page.getByRole("article").filter({ hasText: reportText })).toHaveCount(0);

  const [saved] = await sql<
    { status: string; resolvedById: string; resolutionNote: string; resolvedAt: Date }[]
  >`
    SELECT status, "resolvedById", "resolutionNote", "resolvedAt" FROM "QuestionReport" WHERE id = ${report!.id}`;
  expect(saved).toMatchObject({
    status: "RESOLVED",
    resolvedById: author.id,
    resolutionNote: "Reworded the stem to say MR; new version imported.",
  });
  expect(Date.now() - saved!.resolvedAt.getTime()).toBeLessThan(120_000);

  await page.getByRole("link", { name: /^Resolved \(\d+\)$/ }).click();
  await expect(
    page
      .getByRole("article")
      .filter({ hasText: reportText })
      .getByText(/Resolved by Ada Author/),
  ).toBeVisible();

  // The same statistics as JSON, with the same filters; bad filters are a clear 422.
  const api = await page.request.get(`/api/author/items?topic=${q.topic}&sort=item`);
  expect(api.status()).toBe(200);
  const body = (await api.json()) as { items: { externalId: string; stats: { answered: number } }[] };
  expect(body.items.find((i) => i.externalId === q.externalId)?.stats.answered).toBeGreaterThanOrEqual(1);
  const bad = await page.request.get("/api/author/items?sort=stem");
  expect(bad.status()).toBe(422);
  expect(((await bad.json()) as { error: { message: string } }).error.message).toBe(
    "The filters were not understood.",
  );
});

test.describe("dark mode", () => {
  test.use({ colorScheme: "dark" });

  test("author pages have no serious or critical axe violations", async ({
    page,
    sql,
    createUser,
    signIn,
  }) => {
    const author = await createUser({ name: "Dana Dark" });
    await makeAuthor(sql, author);
    await signIn(author);
    const q = await someQuestion(sql, 2);
    for (const path of ["/author", `/author/items/${q.externalId}`, "/author/reports?status=resolved"]) {
      await page.goto(path);
      await expect(page.getByRole("navigation", { name: "Author" })).toBeVisible();
      expect(await seriousA11yViolations(page), path).toEqual([]);
    }
  });
});
