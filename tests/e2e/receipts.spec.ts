// The receipts browser: date filters kept in the URL, search, pagination, CSV and attachment downloads,
// kind badges and the kind filter.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { appAlerts, ensureReceipts, isoDay, signIn } from "./support/session";

test.beforeEach(async ({ page, request }) => {
  await ensureReceipts(request);
  await signIn(page);
});

const table = (page: Page) => page.getByRole("table", { name: "Receipts" });
const rows = (page: Page) => table(page).locator("tbody tr");

test("date filters round-trip through the URL and bound the rows", async ({ page }, testInfo) => {
  const from = isoDay(45);
  const to = isoDay(0);
  await page.goto("/receipts");
  await page.getByLabel("From date").fill(from);
  await page.getByLabel("To date").fill(to);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`fromDate=${from}.*toDate=${to}|toDate=${to}.*fromDate=${from}`));
  await expect(rows(page).first()).toBeVisible();
  const firstRow = await rows(page).first().innerText();

  await page.reload();
  await expect(page.getByLabel("From date")).toHaveValue(from);
  await expect(page.getByLabel("To date")).toHaveValue(to);
  await expect.poll(() => rows(page).first().innerText()).toBe(firstRow);

  const link = `/receipts?fromDate=${isoDay(400)}&toDate=${isoDay(380)}`;
  await page.goto(link);
  await expect(page.getByLabel("From date")).toHaveValue(isoDay(400));
  await page.screenshot({ path: testInfo.outputPath("receipts.png"), fullPage: true });
});

test("an impossible date typed by a user gets the API's message inline", async ({ page }) => {
  await page.goto("/receipts?fromDate=2025-13-01");
  await expect(page.getByRole("alert").filter({ hasText: "Invalid" })).toContainText(
    "Invalid fromDate format: '2025-13-01'. Use YYYY-MM-DD format",
  );
  await expect(page.getByRole("heading", { name: "Receipts", level: 1 })).toBeVisible();
});

test("search narrows the table to matching vendors", async ({ page }) => {
  await page.goto("/receipts");
  const vendor = (await rows(page).first().locator("td").nth(1).getByRole("link").innerText()).trim();
  await page.getByLabel("Search vendor or subject").fill(vendor);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(rows(page).first()).toBeVisible();
  const texts = await rows(page).allInnerTexts();
  for (const text of texts) expect(text.toLowerCase()).toContain(vendor.toLowerCase());
});

test("pagination moves forward and back", async ({ page }) => {
  await page.goto("/receipts");
  await expect(rows(page).first()).toBeVisible();
  const first = await rows(page).first().innerText();
  const next = page.getByRole("button", { name: "Next" });
  test.skip(await next.isDisabled(), "fewer receipts than one page");
  await next.click();
  await expect(page.getByText("Page 2")).toBeVisible();
  await expect.poll(() => rows(page).first().innerText()).not.toBe(first);
  await page.getByRole("button", { name: "Previous" }).click();
  await expect(page.getByText("Page 1")).toBeVisible();
  await expect.poll(() => rows(page).first().innerText()).toBe(first);
});

test("CSV export and attachment download deliver real files", async ({ page }) => {
  await page.goto(`/receipts?fromDate=${isoDay(700)}&toDate=${isoDay(0)}`);
  await expect(rows(page).first()).toBeVisible();
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe(`receipts-${isoDay(700)}-to-${isoDay(0)}.csv`);
  const text = fs.readFileSync((await csv.path())!, "utf8");
  expect(text.startsWith("\uFEFFdate,vendor,amount,currency")).toBe(true);
  expect(text.trim().split("\r\n").length).toBeGreaterThan(1);

  const attachment = page.getByRole("link", { name: /^Download attachment of/ }).first();
  await expect(attachment).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent("download"), attachment.click()]);
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  expect(
    fs
      .readFileSync((await file.path())!)
      .subarray(0, 4)
      .toString(),
  ).toBe("%PDF");
});

test("each receipt shows its kind in words, the kind filter round-trips through the URL, totals are net of refunds", async ({
  page,
}) => {
  await page.goto("/receipts");
  await expect(rows(page).first()).toBeVisible();
  const badges = await table(page).getByTestId("kind-badge").allInnerTexts();
  expect(badges.length).toBe(await rows(page).count());
  for (const badge of badges) expect(badge.trim()).toMatch(/(Receipt|Invoice|Refund)$/);
  await expect(page.getByRole("heading", { name: "Totals per currency, net of refunds" })).toBeVisible();

  // The detail page says it too, with what recognition made of the receipt.
  await rows(page).first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/receipts\/[0-9a-f-]{36}/);
  await expect(page.getByRole("article").getByTestId("kind-badge")).toHaveText(/(Receipt|Invoice|Refund)$/);
  await expect(page.getByRole("heading", { name: "Recognition" })).toBeVisible();
  await page.goBack();

  await page.getByLabel("Kind").selectOption("refund");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/kind=refund/);
  await page.reload();
  await expect(page.getByLabel("Kind")).toHaveValue("refund");
  // The demo mailbox has no refunds yet (its generator is being changed to add some); until then this
  // view is empty. Refunds' badge and minus sign are covered in tests/unit/receipt-kind-display.test.ts
  // and the API's negative amounts in tests/integration/api-receipts.test.ts.
  await expect(page.getByText("No receipts match these filters.").or(rows(page).first())).toBeVisible();
  for (const row of await rows(page).all()) {
    await expect(row.getByTestId("kind-badge")).toHaveText(/Refund$/);
    await expect(row.locator("td").nth(4)).toHaveText(/^\u2212/);
  }

  await page.goto("/receipts?kind=gift");
  await expect(appAlerts(page)).toContainText("Invalid kind: 'gift'. Use receipt, invoice or refund");
});
