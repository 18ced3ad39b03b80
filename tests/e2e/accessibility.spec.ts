// Every page passes an axe scan with no serious or critical violations, at desktop and phone width.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_BUSINESS, sql } from "./support/e2e-env";
import { ensureReceipts, signIn } from "./support/session";

async function expectAccessible(page: import("@playwright/test").Page, name: string) {
  // A source email's frame runs no scripts, so axe cannot run in it (it would wait forever); its
  // document is the sender's anyway. tests/e2e/source-email.spec.ts checks the frame's title.
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .exclude('[data-testid="source-email-frame"]')
    .analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

const SIGNED_IN_PAGES = [
  "/dashboard",
  "/receipts",
  "/review",
  "/review?show=candidates",
  "/review?show=duplicates",
  "/settings",
];

test("public pages", async ({ page }) => {
  for (const path of ["/", "/sign-in", "/sign-up"]) {
    await page.goto(path);
    await expectAccessible(page, path);
  }
});

test("signed-in pages, and screenshots at phone width", async ({ page, request }, testInfo) => {
  await ensureReceipts(request);
  // Something to review, so axe sees the queue's items and forms, not only its empty state.
  await sql(
    `UPDATE receipts SET review_status = 'needs_review'
     WHERE id IN (SELECT id FROM receipts WHERE dismissed_at IS NULL AND business_id = ${DEMO_BUSINESS}
                  ORDER BY receipt_date DESC, id LIMIT 2)`,
  );
  await signIn(page);
  for (const path of SIGNED_IN_PAGES) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await expectAccessible(page, path);
  }
  await page.goto("/receipts");
  await page.getByRole("table", { name: "Receipts" }).locator("tbody tr a").first().click();
  await expect(page).toHaveURL(/\/receipts\/[0-9a-f-]{36}/);
  await expectAccessible(page, "/receipts/[id]");

  await page.setViewportSize({ width: 375, height: 812 });
  for (const path of SIGNED_IN_PAGES) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} fits 375 px`).toBeLessThanOrEqual(
      375,
    );
    await page.screenshot({ path: testInfo.outputPath(`phone${path.replace(/[^a-z]+/g, "-")}.png`), fullPage: true });
  }
});
