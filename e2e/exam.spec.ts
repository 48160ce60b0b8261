import type { Page } from "@playwright/test";
import { expect, seriousA11yViolations, sessionCookie, test } from "./fixtures";

async function startCustom(
  page: Page,
  {
    count = 5,
    mode = "exam",
    timed = true,
  }: { count?: number; mode?: "exam" | "tutor"; timed?: boolean } = {},
) {
  await page.goto("/exams/new?certification=ciip");
  await page.getByRole("radio", { name: /Custom quiz/ }).check();
  await page.getByRole("radio", { name: mode === "exam" ? /Exam style/ : /Tutor/ }).check();
  await page.getByLabel("Number of questions").fill(String(count));
  await page.getByLabel("Timing", { exact: true }).selectOption(timed ? "timed" : "untimed");
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page).toHaveURL(/\/exams\/[a-z0-9]+$/);
  await expect(page.getByRole("radiogroup")).toBeVisible();
  return page.url().split("/").pop()!;
}

const option = (page: Page, letter: string) =>
  page.getByRole("radio", { name: new RegExp(`^Option ${letter}:`) });
const saved = (page: Page) =>
  expect(page.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible();

test("an exam keeps every answer, flag and strike through a reload, a crash while offline, and a keyboard-only finish", async ({
  page,
  context,
  signedInUser,
  sql,
}) => {
  const id = await startCustom(page);
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Question 1: choose A, flag it.  Question 2: strike B, choose C.
  await page.keyboard.press("1");
  await page.keyboard.press("f");
  await expect(page.getByRole("button", { name: "Flagged for review" })).toBeVisible();
  await page.keyboard.press("n");
  await page.keyboard.press("x");
  await page.keyboard.press("2");
  await page.keyboard.press("3");
  await saved(page);

  await page.reload();
  await expect(page.getByRole("button", { name: "Question 1, answered, flagged" })).toBeVisible();
  await page.getByRole("button", { name: /^Question 2, answered/ }).click();
  await expect(option(page, "C")).toHaveAttribute("aria-checked", "true");
  await expect(page.getByRole("button", { name: "Restore option B" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  // Offline: answers 3–5 stay on this device; the tab then "crashes" before reconnecting.
  await page.getByRole("button", { name: /^Question 3,/ }).click();
  await context.setOffline(true);
  for (const key of ["2", "n", "4", "n", "1"]) await page.keyboard.press(key);
  await expect(page.getByRole("status").filter({ hasText: /Offline/ })).toBeVisible();
  await page.close();
  await context.setOffline(false);

  const again = await context.newPage();
  await again.goto(`/exams/${id}`);
  await saved(again);
  await expect
    .poll(
      async () =>
        (
          await sql<
            { n: number }[]
          >`SELECT count(*)::int AS n FROM "AttemptItem" WHERE "attemptId" = ${id} AND "selectedOption" IS NOT NULL`
        )[0]!.n,
    )
    .toBe(5);
  const rows = await sql<
    { position: number; flagged: boolean; struckOptions: number[] }[]
  >`SELECT position, flagged, "struckOptions" FROM "AttemptItem" WHERE "attemptId" = ${id} ORDER BY position`;
  expect(rows[0]!.flagged).toBe(true);
  expect(rows[1]!.struckOptions).toHaveLength(1);

  // Finish with the keyboard only: R opens the review screen, Tab to Submit, Enter to confirm.
  await again.keyboard.press("r");
  await expect(again.getByRole("heading", { name: "Review before you submit" })).toBeVisible();
  await expect(again.getByText("0 unanswered · 1 flagged")).toBeVisible();
  expect(await seriousA11yViolations(again)).toEqual([]);
  const submit = again.getByRole("button", { name: "Submit", exact: true });
  for (let i = 0; i < 40 && !(await submit.evaluate((el) => el === document.activeElement)); i += 1)
    await again.keyboard.press("Tab");
  await expect(submit).toBeFocused();
  await again.keyboard.press("Enter");
  await expect(again.getByRole("alertdialog")).toContainText("Every question has an answer.");
  await again.keyboard.press("Tab");
  await expect(again.getByRole("alertdialog").getByRole("button", { name: "Submit" })).toBeFocused();
  await again.keyboard.press("Enter");

  await expect(again).toHaveURL(new RegExp(`/exams/${id}/results$`));
  await expect(again.getByRole("heading", { name: /results/ })).toBeVisible();
  await expect(again.getByRole("heading", { name: "By domain" })).toBeVisible();
  await expect(again.getByText(/^(Correct|Incorrect)\./).first()).toBeVisible();
  await expect(again.getByRole("heading", { name: "Explanation" }).first()).toBeVisible();
  expect(await seriousA11yViolations(again)).toEqual([]);
  await again.getByRole("button", { name: /^Flagged/ }).click();
  await expect(again.getByRole("listitem").filter({ hasText: "Question 1" }).first()).toBeVisible();
  expect(signedInUser.id).toBeTruthy();
});

test("a quick practice from the dashboard is a whole blueprint form: every question answered by keyboard, scored per domain", async ({
  page,
  signedInUser,
  sql,
}) => {
  await sql`UPDATE "User" SET "targetCertificationSlug" = 'ciip' WHERE id = ${signedInUser.id}`;
  const blueprint = await sql<{ code: string; items: number }[]>`
    SELECT d.code, bd."itemCount" AS items FROM "BlueprintDomain" bd
    JOIN "Blueprint" b ON b.id = bd."blueprintId" JOIN "Domain" d ON d.id = bd."domainId"
    WHERE b.slug = 'ciip-quick' AND bd."itemCount" > 0 ORDER BY d.code`;
  const total = blueprint.reduce((n, d) => n + d.items, 0);
  expect(total).toBe(30);

  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Start a 30-question quick practice" }).click();
  await expect(page).toHaveURL(/\/exams\/[a-z0-9]+$/);
  const id = page.url().split("/").pop()!;
  const heading = (n: number) =>
    page.getByRole("heading", { name: new RegExp(`^Question ${n} of ${total} · `) });
  await expect(heading(1)).toBeVisible();
  await expect(page.getByText("Time remaining:")).toBeAttached();

  // Every question by keyboard: a choice (1–4), then N to the next one.
  for (let i = 0; i < total; i += 1) {
    await expect(heading(i + 1)).toBeVisible();
    await page.keyboard.press(String((i % 4) + 1));
    await expect(
      page.getByRole("button", { name: new RegExp(`^Question ${i + 1}, answered`) }),
    ).toBeVisible();
    if (i < total - 1) await page.keyboard.press("n");
  }
  await saved(page);
  const answered = await sql<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "AttemptItem" WHERE "attemptId" = ${id} AND "selectedOption" IS NOT NULL`;
  expect(answered[0]!.n).toBe(total);

  await page.keyboard.press("r");
  await expect(page.getByText("0 unanswered · 0 flagged")).toBeVisible();
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Submit" }).click();
  await expect(page).toHaveURL(new RegExp(`/exams/${id}/results$`));

  // The results table counts exactly the blueprint's items in each domain (the "Correct" column).
  const table = page.getByRole("table", { name: "Score by domain" });
  for (const d of blueprint) {
    const row = table
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${d.code} `) }) });
    await expect(row.getByRole("cell").first()).toHaveText(new RegExp(`^\\d+/${d.items}$`));
  }
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test("answers given during 10 s offline stay queued on the device and all reach the server on reconnect", async ({
  page,
  context,
  signedInUser,
  sql,
}) => {
  // The page's clock is installed so the offline window can pass without a wall-clock sleep.
  await page.clock.install();
  const id = await startCustom(page);
  const answered = async () =>
    (
      await sql<
        { n: number }[]
      >`SELECT count(*)::int AS n FROM "AttemptItem" WHERE "attemptId" = ${id} AND "selectedOption" IS NOT NULL`
    )[0]!.n;

  await page.keyboard.press("1"); // question 1: A, saved while online
  await saved(page);

  await context.setOffline(true);
  // Question 2: C.  Question 3: strike A, choose D, flag.  Question 4: B.  Question 5: A.
  for (const key of ["n", "3", "n", "x", "1", "4", "f", "n", "2", "n", "1"]) await page.keyboard.press(key);
  const offline = page.getByRole("status").filter({ hasText: /^Offline/ });
  await expect(offline).toBeVisible();

  // The window under test: ten seconds of the page's time offline, with its debounce, retry and
  // exam-clock timers all running. page.clock moves time forward; nothing sleeps.
  await page.clock.runFor(10_000);
  await expect(offline).toBeVisible();
  expect(await answered()).toBe(1); // nothing reached the server…
  const outbox = await page.evaluate((key) => localStorage.getItem(key), `readroom:outbox:${id}`);
  expect(outbox).not.toBeNull(); // …it waits in this device's outbox

  await context.setOffline(false);
  await saved(page);
  const rows = await sql<
    { selectedOption: number | null; flagged: boolean; struckOptions: number[]; optionOrder: number[] }[]
  >`SELECT "selectedOption", flagged, "struckOptions", "optionOrder" FROM "AttemptItem" WHERE "attemptId" = ${id} ORDER BY position`;
  // Displayed letters A–D map to authored options through each item's shuffled order.
  const chosen = [0, 2, 3, 1, 0];
  expect(rows.map((r) => r.selectedOption)).toEqual(rows.map((r, i) => r.optionOrder[chosen[i]!]));
  expect(rows.map((r) => r.flagged)).toEqual([false, false, true, false, false]);
  expect(rows[2]!.struckOptions).toEqual([rows[2]!.optionOrder[0]]);
  expect(await page.evaluate((key) => localStorage.getItem(key), `readroom:outbox:${id}`)).toBeNull();
  expect(signedInUser.id).toBeTruthy();
});

test("exam mode sends no answer key, rationale or explanation to the browser before submission", async ({
  page,
  signedInUser,
  sql,
}) => {
  // Everything the app sent as data: HTML, RSC payloads and JSON (the JS bundles are code, not data).
  const seen: { url: string; body: string | null }[] = [];
  page.on("response", async (res) => {
    if (
      !/text\/html|text\/x-component|application\/json|text\/plain/.test(res.headers()["content-type"] ?? "")
    )
      return;
    seen.push({ url: res.url(), body: await res.text().catch(() => null) });
  });
  const id = await startCustom(page, { count: 8 });
  for (let i = 0; i < 8; i += 1) {
    await page.keyboard.press(String((i % 4) + 1));
    await page.keyboard.press("n");
  }
  await saved(page);
  await page.reload();
  await expect(page.getByRole("radiogroup")).toBeVisible();

  // Every response about this attempt must have been readable, or the scan below proves nothing.
  const mine = seen.filter((r) => r.url.includes(`/exams/${id}`) || r.url.includes(`/api/attempts/${id}`));
  expect(mine.some((r) => r.url.endsWith(`/exams/${id}`))).toBe(true); // the runner page itself
  expect(mine.some((r) => r.url.endsWith(`/api/attempts/${id}/answers`))).toBe(true); // autosave replies
  expect(mine.filter((r) => r.body === null).map((r) => r.url)).toEqual([]);

  const secrets = await sql<{ explanation: string; optionRationales: string[] }[]>`
    SELECT qv.explanation, qv."optionRationales" FROM "AttemptItem" ai JOIN "QuestionVersion" qv ON qv.id = ai."questionVersionId" WHERE ai."attemptId" = ${id}`;
  expect(secrets).toHaveLength(8);
  // Compare letters and digits only, so HTML or JSON escaping cannot hide a match.
  const plain = (t: string) =>
    t
      .replace(/\\u[0-9a-f]{4}|&#?\w+;/gi, "")
      .replace(/[^a-z0-9]/gi, "")
      .toLowerCase();
  const received = seen.map((r) => r.body ?? "").join("\n");
  const receivedPlain = plain(received);
  for (const s of secrets) {
    expect(receivedPlain).not.toContain(plain(s.explanation).slice(0, 50));
    for (const r of s.optionRationales) expect(receivedPlain).not.toContain(plain(r).slice(0, 50));
  }
  expect(received).not.toMatch(/correctOption|correctKey|optionRationales/);

  // The same scan finds them on the results page once submitted, so it can fail.
  await page.keyboard.press("r");
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("heading", { name: "By domain" })).toBeVisible();
  await page.reload();
  await expect
    .poll(() => plain(seen.map((r) => r.body ?? "").join("\n")))
    .toContain(plain(secrets[0]!.explanation).slice(0, 50));
  expect(signedInUser.id).toBeTruthy();
});

test("when the server's clock runs out, the attempt is submitted and scored", async ({
  page,
  signedInUser,
  sql,
}) => {
  const id = await startCustom(page, { count: 3 });
  await page.keyboard.press("1");
  await saved(page);
  // Move the server-owned deadline close, as if the learner had worked until the last seconds.
  await sql`UPDATE "Attempt" SET "deadlineAt" = now() + interval '4 seconds' WHERE id = ${id}`;
  await page.reload();
  await expect(page.locator("time")).toHaveText(/^00:0[0-4]$/);
  await expect(page).toHaveURL(new RegExp(`/exams/${id}/results$`), { timeout: 20_000 });
  await expect(page.getByText(/Time ran out|Submitted/).first()).toBeVisible();
  const [row] = await sql<
    { status: string; correctCount: number | null }[]
  >`SELECT status, "correctCount" FROM "Attempt" WHERE id = ${id}`;
  expect(["SUBMITTED", "EXPIRED"]).toContain(row!.status);
  expect(row!.correctCount).not.toBeNull();
  expect(signedInUser.id).toBeTruthy();
});

test("tutor mode explains every option after each answer, and takes a problem report", async ({
  page,
  signedInUser,
  sql,
}) => {
  const id = await startCustom(page, { count: 3, mode: "tutor", timed: false });
  await option(page, "B").click();
  await expect(page.getByRole("region", { name: "Explanation" })).toBeVisible();
  await expect(page.getByText(/^(Correct\.|Not quite — the answer is [A-D]\.)$/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "References" })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Report a problem with this question" }).click();
  await page.getByRole("radio", { name: "More than one answer is defensible" }).check();
  await page.getByLabel(/Details/).fill("B and D both seem right to me.");
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByText("Thank you — your report was sent.")).toBeVisible();
  const [report] = await sql<{ reason: string; text: string }[]>`
    SELECT r.reason, r.text FROM "QuestionReport" r JOIN "AttemptItem" ai ON ai."questionVersionId" = r."questionVersionId" AND ai."attemptId" = ${id}
    WHERE r."userId" = ${signedInUser.id}`;
  expect(report).toEqual({ reason: "AMBIGUOUS", text: "B and D both seem right to me." });
});

test("another learner's attempt is a 404, and bad autosave input gets a clear 4xx", async ({
  page,
  browser,
  createUser,
  signedInUser,
}) => {
  const id = await startCustom(page, { count: 3 });
  const base = test.info().project.use.baseURL!;
  const post = (data: unknown, headers: Record<string, string> = {}) =>
    page.request.post(`/api/attempts/${id}/answers`, {
      data: typeof data === "string" ? data : JSON.stringify(data),
      headers: { "content-type": "application/json", origin: base, ...headers },
    });

  expect((await post("{not json")).status()).toBe(422);
  // Production answers autosaves outside Next.js (server.ts): the same headers as every page.
  const saved = await post({ position: 0, seq: 1, flagged: true });
  expect(saved.status()).toBe(200);
  expect(saved.headers()).toMatchObject({
    "content-type": "application/json",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
  });
  expect(saved.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  const outOfRange = await post({ position: 99, seq: 1, selectedOption: 0 });
  expect(outOfRange.status()).toBe(422);
  expect(((await outOfRange.json()) as { error: { message: string } }).error.message).toBe(
    "Question 100 is not part of this attempt.",
  );
  expect((await post({ position: 0, seq: 2, selectedOption: 8 })).status()).toBe(422);
  expect((await post({ position: 0, seq: "one" })).status()).toBe(422);
  expect(
    (await post({ position: 0, seq: 1, selectedOption: 0 }, { origin: "https://evil.example" })).status(),
  ).toBe(403);

  const intruder = await createUser({ name: "Ivy Intruder" });
  const other = await browser.newContext({ baseURL: base });
  await other.addCookies([await sessionCookie(intruder)]);
  const otherPage = await other.newPage();
  const res = await otherPage.goto(`/exams/${id}`);
  expect(res?.status()).toBe(404);
  const api = await otherPage.request.post(`/api/attempts/${id}/answers`, {
    data: JSON.stringify({ position: 0, seq: 1, selectedOption: 0 }),
    headers: { "content-type": "application/json", origin: base },
  });
  expect(api.status()).toBe(404);
  expect((await otherPage.request.get(`/exams/${id}/results`)).status()).toBe(404);
  await other.close();
  expect(signedInUser.id).toBeTruthy();
});
