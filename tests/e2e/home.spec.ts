import { expect, test } from "@playwright/test";

test("the home page loads and says what the product does", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Receipt Sync" })).toBeVisible();
  await expect(page.getByText("every receipt and invoice")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("home.png"), fullPage: true });
});
