import type { Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { expect, seriousA11yViolations, test } from "./fixtures";

type ExportItem = {
  position: number;
  selected: string | null;
  correct: string | null;
  isCorrect: boolean | null;
};
type ExportDoc = {
  format: string;
  version: number;
  profile: Record<string, unknown>;
  attempts: { id: string; status: string; answerKeys: string; items: ExportItem[] }[];
  reviewCards: { question: string; reps: number }[];
  reports: unknown[];
};

/** Starts an attempt through the same JSON endpoint the app uses; returns its id. */
async function startAttempt(page: Page, body: Record<string, unknown>) {
  const res = await page.request.post("/api/attempts", { data: { certification: "ciip", ...body } });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { id: string }).id;
}

const openDeleteDialog = async (page: Page) => {
  await page.getByRole("button", { name: "Delete account…" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete your account?" });
  await expect(dialog).toBeVisible();
  return dialog;
};

test("a learner downloads their data as JSON: attempts with answers, review cards, no hidden keys", async ({
  page,
  signedInUser,
  sql,
}) => {
  const finished = await startAttempt(page, { kind: "custom", count: 3 });
  // Answers are stored as autosave stores them (choice, correctness, time); autosave itself has its
  // own journeys in exam.spec.ts.
  const answer = (attemptId: string, choice: "right" | "wrong") => sql`
    UPDATE "AttemptItem" ai SET
      "selectedOption" = CASE WHEN ${choice} = 'right' THEN qv."correctOption" ELSE (qv."correctOption" + 1) % cardinality(qv."optionTexts") END,
      "isCorrect" = ${choice} = 'right', "answeredAt" = now(), "timeSpentMs" = 5000
    FROM "QuestionVersion" qv
    WHERE qv.id = ai."questionVersionId" AND ai."attemptId" = ${attemptId} AND ai.position = 0`;
  await answer(finished, "wrong");
  expect((await page.request.post(`/api/attempts/${finished}/submit`, { data: {} })).status()).toBe(200);
  const inProgress = await startAttempt(page, { kind: "quick" });
  await answer(inProgress, "right"); // so a leaked key would show as correct / isCorrect
  const [question] = await sql<{ externalId: string }[]>`
    SELECT q."externalId" FROM "AttemptItem" ai JOIN "QuestionVersion" qv ON qv.id = ai."questionVersionId"
    JOIN "Question" q ON q.id = qv."questionId" WHERE ai."attemptId" = ${finished} AND ai.position = 0`;

  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^readroom-export-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(await readFile(await download.path(), "utf8")) as ExportDoc;

  expect(doc).toMatchObject({ format: "readroom-export", version: 1 });
  expect(doc.profile).toMatchObject({
    id: signedInUser.id,
    email: signedInUser.email,
    name: signedInUser.name,
  });
  expect(JSON.stringify(doc)).not.toMatch(/passwordHash|argon2/);
  expect(doc.attempts.map((a) => a.id)).toEqual([finished, inProgress]);
  const [done, open] = doc.attempts;
  expect(done).toMatchObject({ status: "SUBMITTED", answerKeys: "all" });
  expect(done!.items).toHaveLength(3);
  expect(done!.items[0]).toMatchObject({
    selected: expect.stringMatching(/^[A-D]$/),
    isCorrect: false,
  });
  expect(done!.items[0]!.correct).not.toBe(done!.items[0]!.selected);
  expect(done!.items.every((i) => /^[A-D]$/.test(i.correct ?? ""))).toBe(true);
  expect(open).toMatchObject({ status: "IN_PROGRESS", answerKeys: "none" });
  expect(open!.items[0]!.selected).toMatch(/^[A-D]$/);
  expect(open!.items.every((i) => i.correct === null && i.isCorrect === null)).toBe(true);
  // Submitting turned the missed answer into a review card.
  expect(doc.reviewCards).toEqual([expect.objectContaining({ question: question!.externalId, reps: 1 })]);

  const res = await page.request.get("/api/me/export");
  expect(res.headers()["cache-control"]).toBe("no-store");
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="readroom-export-/);
});

test("the export is for signed-in users only", async ({ playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const res = await anonymous.get("/api/me/export");
  expect(res.status()).toBe(401);
  expect(await res.json()).toMatchObject({ error: { code: "UNAUTHORIZED" } });
  await anonymous.dispose();
});

test("deleting the account needs the password and DELETE; afterwards it is signed out and gone", async ({
  page,
  context,
  createUser,
  signIn,
  sql,
}) => {
  const user = await createUser({ password: "my-own-password-7" });
  await signIn(user);
  await startAttempt(page, { kind: "custom", count: 2 });

  await page.goto("/settings");
  // Escape backs out without deleting, and focus returns to the button that opened the dialog.
  let dialog = await openDeleteDialog(page);
  await expect(dialog.getByLabel("Your password")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Delete account…" })).toBeFocused();

  dialog = await openDeleteDialog(page);
  await dialog.getByLabel("Your password").fill("my-own-password-7");
  await dialog.getByLabel("Type DELETE to confirm").fill("delete");
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  await expect(dialog.getByText("Type DELETE in capital letters to confirm.")).toBeVisible();

  await dialog.getByLabel("Your password").fill("not-my-password");
  await dialog.getByLabel("Type DELETE to confirm").fill("DELETE");
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  await expect(dialog.getByText("That password is not right.")).toBeVisible();
  await expect(dialog.getByLabel("Your password")).toHaveAttribute("aria-invalid", "true");
  const count = async () =>
    (await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM "User" WHERE id = ${user.id}`)[0]!.n;
  expect(await count()).toBe(1);
  expect(
    (await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM "Attempt" WHERE "userId" = ${user.id}`)[0]!.n,
  ).toBe(1);

  await dialog.getByLabel("Your password").fill("my-own-password-7");
  await expect(dialog.getByLabel("Type DELETE to confirm")).toHaveValue("DELETE"); // kept after the error
  await dialog.getByRole("button", { name: "Delete my account" }).click();

  await expect(page).toHaveURL(/\/\?account=deleted$/);
  await expect(
    page.getByRole("status").filter({ hasText: "Your account and all of its data were deleted" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await count()).toBe(0);
  expect(
    (await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM "Attempt" WHERE "userId" = ${user.id}`)[0]!.n,
  ).toBe(0);
  expect((await context.cookies()).filter((c) => c.name.includes("next-auth.session-token"))).toEqual([]);

  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings/);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("my-own-password-7");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email or password is wrong.")).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`settings with the delete dialog open has no serious axe violations (${scheme})`, async ({
    page,
    signedInUser,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/settings");
    expect(await seriousA11yViolations(page)).toEqual([]);
    const dialog = await openDeleteDialog(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // And with field errors showing.
    await dialog.getByRole("button", { name: "Delete my account" }).click();
    await expect(dialog.getByText("Enter your password to confirm.")).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(signedInUser.id).toBeTruthy();
  });
}
