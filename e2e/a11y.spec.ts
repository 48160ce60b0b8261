import { expect, seriousA11yViolations, test } from "./fixtures";

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    for (const path of ["/", "/signin", "/signup"]) {
      test(`${path} has no serious or critical axe violations`, async ({ page }) => {
        await page.goto(path);
        expect(await seriousA11yViolations(page)).toEqual([]);
      });
    }

    for (const path of ["/dashboard", "/settings"]) {
      test(`${path} (signed in) has no serious or critical axe violations`, async ({
        page,
        signedInUser,
      }) => {
        await page.goto(path);
        await expect(page.getByRole("navigation", { name: "App" })).toBeVisible();
        expect(await seriousA11yViolations(page)).toEqual([]);
        expect(signedInUser.id).toBeTruthy();
      });
    }
  });
}
