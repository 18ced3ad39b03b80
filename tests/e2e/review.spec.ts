// The Review page worked by keyboard only: move between items, edit a field and save with Enter,
// confirm, dismiss and undo; the navigation's count follows, and the API has what was done. Then
// "Confirm all shown" empties the queue down to its empty state.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_API_KEY, DEMO_BUSINESS, sql } from "./support/e2e-env";
import { count, ensureReceipts, signIn } from "./support/session";

const headers = { authorization: `Bearer ${DEMO_API_KEY}` };

/** Puts the newest listed receipts into the queue, as a sync does with ones it was unsure of. */
async function markForReview(n: number): Promise<void> {
  await sql(
    `UPDATE receipts SET review_status = 'needs_review'
     WHERE id IN (SELECT id FROM receipts WHERE dismissed_at IS NULL AND business_id = ${DEMO_BUSINESS}
                  ORDER BY receipt_date DESC, id LIMIT $1)`,
    [n],
  );
}

const items = (page: Page) => page.getByTestId("review-item");
const current = (page: Page) => page.locator('[data-testid="review-item"][aria-current="true"]');
const item = (page: Page, id: string) => page.locator(`[data-receipt-id="${id}"]`);
const badge = (page: Page) => count(page, "review-count");

test.beforeEach(async ({ page, request }) => {
  await ensureReceipts(request);
  await signIn(page);
});

test("the whole review flow by keyboard only, and the values stick", async ({ page, request }, testInfo) => {
  await markForReview(3);
  await page.goto("/review");
  await expect(page.getByText("Keyboard: j/k move · c confirm · d dismiss · e edit")).toBeVisible();
  await expect(items(page).nth(2)).toBeVisible();
  const waiting = await badge(page);
  const queued = await count(page, "review-tab-count-needs_review");
  expect(queued).toBeGreaterThanOrEqual(3);
  expect(waiting).toBeGreaterThanOrEqual(queued);
  const [first, second] = await Promise.all([0, 1].map((i) => items(page).nth(i).getAttribute("data-receipt-id")));

  // Move: the first item is current; j and ↓ go down, k and ↑ come back, with focus on the item.
  await expect(current(page)).toHaveAttribute("data-receipt-id", first!);
  await page.keyboard.press("j");
  await expect(current(page)).toHaveAttribute("data-receipt-id", second!);
  await expect(current(page)).toBeFocused();
  await page.keyboard.press("k");
  await expect(current(page)).toHaveAttribute("data-receipt-id", first!);
  await page.keyboard.press("ArrowDown");
  await expect(current(page)).toHaveAttribute("data-receipt-id", second!);
  await page.keyboard.press("ArrowUp");
  await expect(current(page)).toBeFocused();

  // Edit: e puts the cursor in the vendor; letters typed there (c, d, e, k…) are the field's.
  await page.keyboard.press("e");
  const vendor = item(page, first!).getByLabel("Vendor");
  await expect(vendor).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Checked by keyboard");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("eur");
  await page.keyboard.press("Enter");
  await expect(item(page, first!).getByRole("status")).toHaveText("Saved.");
  await expect(item(page, first!).getByLabel("Currency")).toHaveValue("EUR");
  await expect(items(page)).toHaveCount(Math.min(queued, 50));
  await page.keyboard.press("Escape");
  await expect(item(page, first!)).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath("review.png"), fullPage: true });

  // Confirm: the item leaves, the next one is current, the count goes down.
  await page.keyboard.press("c");
  await expect(item(page, first!)).toHaveCount(0);
  await expect(current(page)).toHaveAttribute("data-receipt-id", second!);
  await expect(current(page)).toBeFocused();
  await expect.poll(() => badge(page)).toBe(waiting - 1);

  // Dismiss ("Not a receipt"), then undo with u: it comes back in its place.
  await page.keyboard.press("d");
  await expect(item(page, second!)).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "as not a receipt" })).toBeVisible();
  await expect.poll(() => badge(page)).toBe(waiting - 2);
  await page.keyboard.press("u");
  await expect(current(page)).toHaveAttribute("data-receipt-id", second!);
  await expect(current(page)).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Restored" })).toBeVisible();
  await expect.poll(() => badge(page)).toBe(waiting - 1);

  // What the API says now.
  const confirmed = (await (await request.get(`/api/receipts/${first}`, { headers })).json()).receipt;
  expect(confirmed).toMatchObject({
    vendor: "Checked by keyboard",
    currency: "EUR",
    review_status: "confirmed",
    dismissed_at: null,
  });
  expect(confirmed.edited_fields).toEqual(expect.arrayContaining(["vendor", "currency"]));
  const restored = (await (await request.get(`/api/receipts/${second}`, { headers })).json()).receipt;
  expect(restored).toMatchObject({ review_status: "needs_review", dismissed_at: null });
  const history = (await (await request.get(`/api/receipts/${second}/history`, { headers })).json()).changes;
  expect(history.map((c: { field: string; new_value: string }) => [c.field, c.new_value]).slice(-2)).toEqual([
    ["dismissed", "true"],
    ["dismissed", "false"],
  ]);

  // Phone width: no sideways scrolling.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(items(page).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: testInfo.outputPath("review-phone.png"), fullPage: true });
});

test("an invalid value gets the API's message next to the form, and nothing is saved", async ({ page, request }) => {
  await markForReview(1);
  await page.goto("/review");
  const one = current(page);
  await expect(one).toBeVisible();
  const id = (await one.getAttribute("data-receipt-id"))!;
  const amount = item(page, id).getByLabel("Amount");
  await amount.fill("12,50");
  await amount.press("Enter");
  await expect(item(page, id).getByRole("alert")).toContainText("amount: '12,50' is not an amount");
  const receipt = (await (await request.get(`/api/receipts/${id}`, { headers })).json()).receipt;
  expect(receipt.amount).not.toBe("12,50");
  // Typing into a field never triggers a shortcut: the item is still waiting.
  await expect(item(page, id)).toBeVisible();
});

test("the Receipts page filters by review status, marks waiting rows, and reviews a receipt in place", async ({
  page,
  request,
}) => {
  await markForReview(2);
  await page.goto("/receipts");
  await page.getByLabel("Review status").selectOption("needs_review");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/review_status=needs_review/);
  const rows = page.getByRole("table", { name: "Receipts" }).locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row.getByTestId("needs-review")).toHaveText("Needs review");

  await rows.first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/receipts\/[0-9a-f-]{36}/);
  const id = page.url().match(/receipts\/([0-9a-f-]{36})/)![1]!;
  await page.getByLabel("Note").fill("checked against the bank statement");
  // A refund's amount stays negative: the corrected amount keeps the sign the receipt has.
  const amount = (await page.getByLabel("Amount").inputValue()).startsWith("-") ? "-42.10" : "42.10";
  await page.getByLabel("Amount").fill(amount);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Saved.");
  const history = page.getByTestId("receipt-history");
  await expect(history).toContainText("Demo user");
  await expect(history).toContainText(`→ ${amount}`);
  await expect(history).toContainText("Note: (empty) → checked against the bank statement");

  await page.getByRole("button", { name: "Not a receipt (dismiss)" }).click();
  await expect(page.getByTestId("review-status")).toContainText("Dismissed as not a receipt");
  await expect(history).toContainText("Dismissed as not a receipt");
  await page.getByRole("button", { name: "Restore" }).click();
  await expect(history).toContainText("Restored");
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByTestId("review-status")).toHaveText("Confirmed by a person");

  const receipt = (await (await request.get(`/api/receipts/${id}`, { headers })).json()).receipt;
  expect(receipt).toMatchObject({
    amount,
    note: "checked against the bank statement",
    review_status: "confirmed",
    dismissed_at: null,
  });
});

test("Confirm all shown empties the queue to its empty state, and the badge follows", async ({ page, request }) => {
  await markForReview(2);
  await page.goto("/review");
  const confirmAll = page.getByRole("button", { name: /Confirm all shown/ });
  const empty = page.getByRole("heading", { name: "Nothing waits for review" });
  await expect(items(page).first()).toBeVisible();
  // A page of the queue at a time (50), until nothing is left.
  for (let round = 0; round < 20 && !(await empty.isVisible()); round++) {
    const firstId = (await items(page).first().getAttribute("data-receipt-id"))!;
    await confirmAll.click();
    await expect(item(page, firstId)).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: /^Confirmed \d+ receipts?\.$/ })).toBeVisible();
    await expect(empty.or(items(page).first())).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Nothing waits for review" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Receipts" })).toHaveAttribute("href", "/receipts");
  await expect(page.getByTestId("review-tab-count-needs_review")).toHaveText("0");
  // The badge counts what still waits in the other sections, and goes when nothing does.
  const { counts } = await (await request.get("/api/review?limit=1", { headers })).json();
  expect(counts.needs_review).toBe(0);
  if (counts.total === 0) await expect(page.getByTestId("review-count")).toHaveCount(0);
  else expect(await badge(page)).toBe(counts.total);
});
