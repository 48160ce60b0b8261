import { expect, seriousA11yViolations, test } from "./fixtures";

test("the careers page shows the seed article's figures with their source", async ({ page }) => {
  await page.goto("/careers");
  await expect(page.getByRole("heading", { name: "What imaging-informatics roles earn" })).toBeVisible();
  await expect(page.getByText("$73,334 – $183,259")).toBeVisible();
  const source = page.getByRole("link", {
    name: "How Much Do PACS Professionals Earn? (PACS Boot Camp)",
    exact: true,
  });
  await expect(source).toHaveAttribute(
    "href",
    "https://pacsbootcamp.com/how-much-do-pacs-professionals-earn/",
  );
  await expect(page.getByText(/undated/).first()).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole("link", { name: /Cardiology PACS Analyst/ }).click();
  await expect(page.getByRole("cell", { name: "$122,000 (90th percentile)" })).toBeVisible();
  await expect(page.getByText("Atkinson, NE")).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test("a topic leads to the roles that need it and what they earn", async ({ page }) => {
  await page.goto("/topics/dicom-information-model");
  await expect(
    page.getByRole("heading", { level: 1, name: "DICOM information model and encoding" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "CIIP" })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "PACS Analyst", exact: true }).click();
  await expect(page).toHaveURL(/\/careers\/pacs-analyst$/);
  await expect(page.getByRole("cell", { name: "$73,334 – $183,259" })).toBeVisible();
  await expect(
    page
      .getByRole("cell", { name: /How Much Do PACS Professionals Earn\? \(PACS Boot Camp\) · undated/ })
      .first(),
  ).toBeVisible();
});

test("a certification page shows its blueprint and sourced facts", async ({ page }) => {
  await page.goto("/certifications");
  await page.getByRole("link", { name: /CIIP/ }).first().click();
  await expect(
    page.getByRole("heading", { level: 1, name: /CIIP — Certified Imaging Informatics Professional/ }),
  ).toBeVisible();
  const row = page.getByRole("row", { name: /F Image Management/ });
  await expect(row.getByRole("cell").nth(0)).toHaveText("24");
  await expect(row.getByRole("cell").nth(1)).toHaveText("18.5%");
  await expect(page.getByText("Used here")).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Start CIIP practice" }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
});
