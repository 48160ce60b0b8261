import type { Page } from "@playwright/test";
import type postgres from "postgres";
import { expect, seriousA11yViolations, test } from "./fixtures";

const LETTERS = ["A", "B", "C", "D", "E"];
const option = (page: Page, letter: string) =>
  page.getByRole("radio", { name: new RegExp(`^Option ${letter}:`) });

/** The letter shown for the key of the question at `position`, and one that is wrong. */
async function letters(sql: postgres.Sql, attemptId: string, position: number) {
  const [row] = await sql<{ optionOrder: number[]; correctOption: number }[]>`
    SELECT ai."optionOrder", qv."correctOption" FROM "AttemptItem" ai
    JOIN "QuestionVersion" qv ON qv.id = ai."questionVersionId"
    WHERE ai."attemptId" = ${attemptId} AND ai.position = ${position}`;
  const shown = row!.optionOrder.indexOf(row!.correctOption);
  return { right: LETTERS[shown]!, wrong: LETTERS[(shown + 1) % row!.optionOrder.length]! };
}

test("a missed question comes back in today's review, and reviewing it reschedules it", async ({
  page,
  signedInUser,
  sql,
}) => {
  await sql`UPDATE "User" SET "targetCertificationSlug" = 'cpia' WHERE id = ${signedInUser.id}`;
  await page.goto("/exams/new?certification=cpia");
  await page.getByRole("radio", { name: /Custom quiz/ }).check();
  await page.getByRole("radio", { name: /Tutor/ }).check();
  await page.getByLabel("Number of questions").fill("1");
  await page.getByLabel("Timing", { exact: true }).selectOption("untimed");
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page).toHaveURL(/\/exams\/[a-z0-9]+$/);
  const quizId = page.url().split("/").pop()!;

  const first = await letters(sql, quizId, 0);
  await option(page, first.wrong).click();
  await expect(page.getByText(/^Not quite — the answer is [A-E]\.$/)).toBeVisible();

  await page.goto("/dashboard");
  const due = page.getByRole("listitem").filter({ hasText: "Due for review" });
  await expect(due).toContainText("1 question today");
  expect(await seriousA11yViolations(page)).toEqual([]);
  await due.getByRole("button", { name: "Review now" }).click();
  await expect(page).toHaveURL(/\/exams\/[a-z0-9]+$/);
  const reviewId = page.url().split("/").pop()!;
  expect(reviewId).not.toBe(quizId);

  const [before] = await sql<{ reps: number; due: Date }[]>`
    SELECT reps, due FROM "ReviewCard" WHERE "userId" = ${signedInUser.id}`;
  const again = await letters(sql, reviewId, 0);
  await option(page, again.right).click();
  await expect(page.getByText("Correct.", { exact: true })).toBeVisible();

  await expect
    .poll(
      async () =>
        (await sql<{ reps: number }[]>`SELECT reps FROM "ReviewCard" WHERE "userId" = ${signedInUser.id}`)[0]
          ?.reps,
    )
    .toBe(before!.reps + 1);
  const [after] = await sql<{ due: Date; logs: number }[]>`
    SELECT c.due, (SELECT count(*)::int FROM "ReviewLog" l WHERE l."cardId" = c.id) AS logs
    FROM "ReviewCard" c WHERE c."userId" = ${signedInUser.id}`;
  expect(after!.logs).toBe(2);
  expect(after!.due.getTime()).toBeGreaterThan(before!.due.getTime() + 12 * 3600_000);

  await page.goto("/dashboard");
  await expect(page.getByRole("listitem").filter({ hasText: "Due for review" })).toContainText(
    "All caught up",
  );
});

test("the dashboard puts the weakest topic first and explains readiness", async ({
  page,
  signedInUser,
  sql,
}) => {
  await sql`UPDATE "User" SET "targetCertificationSlug" = 'ciip', "examDate" = (now() + interval '40 days')::date WHERE id = ${signedInUser.id}`;
  // Evidence straight into the running totals: strong on every CIIP topic but one, which is all wrong.
  const topics = await sql<{ id: string; name: string }[]>`
    SELECT DISTINCT t.id, t.name FROM "Topic" t JOIN "DomainTopic" dt ON dt."topicId" = t.id
    JOIN "Domain" d ON d.id = dt."domainId" JOIN "Certification" c ON c.id = d."certificationId"
    WHERE c.slug = 'ciip' ORDER BY t.name`;
  const weak = topics[Math.floor(topics.length / 2)]!;
  for (const t of topics) {
    const right = t.id === weak.id ? 0 : 11;
    await sql`
      INSERT INTO "TopicMastery" ("userId", "topicId", "weightedCorrect", "weightedTotal", "referenceAt", answered, correct, "lastAnsweredAt")
      VALUES (${signedInUser.id}, ${t.id}, ${right}, 12, now(), 12, ${right}, now())`;
  }

  await page.goto("/dashboard");
  const table = page.getByRole("table", { name: "Topics, weakest first" });
  await expect(table.getByRole("rowheader").first()).toContainText(weak.name);
  await expect(page.getByText(/chance of passing today/)).toBeVisible();
  await expect(page.getByText(/you would score about \d+% if you sat it today/)).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole("link", { name: /See all \d+ topics/ }).click();
  await expect(page).toHaveURL(/\/progress$/);
  await expect(
    page.getByRole("table", { name: "All CIIP topics, weakest first" }).getByRole("rowheader").first(),
  ).toContainText(weak.name);
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test("a new learner sees what to do first", async ({ page, signedInUser, sql }) => {
  await sql`UPDATE "User" SET "targetCertificationSlug" = 'cpsa' WHERE id = ${signedInUser.id}`;
  await page.goto("/dashboard");
  await expect(page.getByText("No estimate yet")).toBeVisible();
  await expect(page.getByRole("button", { name: "Start a 30-question quick practice" })).toBeVisible();
  await expect(page.getByText("All caught up")).toBeVisible();
  await expect(page.getByText(/Your weekly trend appears here/)).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
});
