// The Review page's other two sections in a browser: a near miss imported as a receipt after the
// person fills in what recognition could not read, another dismissed for good; a possible duplicate
// kept as two purchases, another settled by dismissing one copy. The tabs' counts follow, and the
// API has what was done.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_API_KEY, DEMO_BUSINESS, sql } from "./support/e2e-env";
import { count, ensureReceipts, signIn } from "./support/session";

const headers = { authorization: `Bearer ${DEMO_API_KEY}` };
const tabCount = (page: Page, section: string) => count(page, `review-tab-count-${section}`);

/** Two near misses as a sync keeps them (no body): one with no date read, one to dismiss. */
async function seedNearMisses(tag: string): Promise<void> {
  await sql(
    `INSERT INTO receipt_candidates (business_id, gmail_message_id, sender, subject, received_at, vendor, amount,
                                     currency, receipt_date, confidence, reasons, extractor_version)
     SELECT b.id, 'near-' || $1 || '-' || n, 'Billing <billing@northwind.example>', $1 || ' statement ' || n,
            now() + n * interval '1 minute', 'Northwind ' || $1, 42.50, 'EUR', NULL, 0.6,
            ARRAY['receipt evidence 2'], '2.1.0'
     FROM businesses b CROSS JOIN generate_series(1, 2) AS n
     WHERE b.id = ${DEMO_BUSINESS}`,
    [tag],
  );
}

/** Flags the two newest pairs of listed receipts as possible duplicates of each other. */
async function seedPairs(): Promise<string[]> {
  const rows = await sql<{ id: string; business_id: string }>(
    `SELECT id::text, business_id::text FROM receipts WHERE dismissed_at IS NULL AND business_id = ${DEMO_BUSINESS}
     ORDER BY receipt_date DESC, id DESC LIMIT 4`,
  );
  const ids: string[] = [];
  for (const [x, y] of [
    [rows[0]!, rows[1]!],
    [rows[2]!, rows[3]!],
  ] as const) {
    const [low, high] = [x.id, y.id].sort();
    const [pair] = await sql<{ id: string }>(
      `INSERT INTO receipt_duplicates (business_id, receipt_id, other_receipt_id, reason)
       VALUES ($1::uuid, $2::uuid, $3::uuid, 'the same document')
       ON CONFLICT (receipt_id, other_receipt_id) DO UPDATE SET status = 'flagged', created_at = now()
       RETURNING id::text`,
      [x.business_id, low, high],
    );
    ids.push(pair!.id);
  }
  return ids;
}

test.beforeEach(async ({ page, request }) => {
  await ensureReceipts(request);
  await signIn(page);
});

test("near misses: import one with the missing date filled in, dismiss another", async ({ page, request }) => {
  const tag = `t${Date.now()}`;
  await seedNearMisses(tag);
  await page.goto("/review");
  await page.getByRole("link", { name: /Near misses/ }).click();
  await expect(page).toHaveURL(/show=candidates/);
  const waiting = await tabCount(page, "candidates");
  expect(waiting).toBeGreaterThanOrEqual(2);
  const first = page.getByRole("article", { name: `${tag} statement 2` });
  const second = page.getByRole("article", { name: `${tag} statement 1` });
  await expect(first.getByLabel("Vendor")).toHaveValue(`Northwind ${tag}`);
  await expect(first.getByLabel("Amount")).toHaveValue("42.50");

  // Recognition read no date: importing without one gets the API's message beside the form.
  await first.getByRole("button", { name: "Import as receipt" }).click();
  await expect(first.getByRole("alert")).toContainText("receipt_date: recognition found none; give it");
  await first.getByLabel("Date").fill("2026-02-03");
  await first.getByLabel("Amount").fill("45.00");
  await first.getByRole("button", { name: "Import as receipt" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Imported Northwind ${tag}` })).toBeVisible();
  await expect(first).toHaveCount(0);
  await expect.poll(() => tabCount(page, "candidates")).toBe(waiting - 1);

  // The notice links the new receipt; the API has it confirmed with the person's values.
  const href = (await page.getByRole("link", { name: "Open it" }).getAttribute("href"))!;
  expect(href).toMatch(/^\/receipts\/[0-9a-f-]{36}$/);
  const receipt = (await (await request.get(`/api${href}`, { headers })).json()).receipt;
  expect(receipt).toMatchObject({
    vendor: `Northwind ${tag}`,
    amount: "45.00",
    receipt_date: "2026-02-03",
    review_status: "confirmed",
  });

  await second.getByRole("button", { name: "Not a receipt" }).click();
  await expect(second).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "no sync will import it" })).toBeVisible();
  await expect.poll(() => tabCount(page, "candidates")).toBe(waiting - 2);
  const open = (await (await request.get("/api/review/candidates?limit=100", { headers })).json()).candidates;
  expect(open.map((c: { subject: string }) => c.subject)).not.toContain(`${tag} statement 1`);
});

test("possible duplicates: keep both, or dismiss one copy", async ({ page, request }) => {
  const [kept, settled] = await seedPairs();
  await page.goto("/review?show=duplicates");
  const pairs = page.getByTestId("duplicate-pair");
  await expect(pairs.first()).toBeVisible();
  const waiting = await tabCount(page, "duplicates");
  expect(waiting).toBeGreaterThanOrEqual(2);
  // Newest first: the second pair seeded is on top.
  const top = pairs.first();
  await expect(top.getByRole("region")).toHaveCount(2);
  await top.getByRole("button", { name: "Not a duplicate" }).click();
  await expect(page.getByRole("status").filter({ hasText: "will not be flagged again" })).toBeVisible();
  await expect.poll(() => tabCount(page, "duplicates")).toBe(waiting - 1);

  const next = pairs.first();
  const copy = next.getByRole("region", { name: "Second copy" });
  const copyHref = (await copy.getByRole("link").getAttribute("href"))!;
  await copy.getByRole("button", { name: "Dismiss this copy" }).click();
  await expect(page.getByRole("status").filter({ hasText: "the other stays" })).toBeVisible();
  await expect.poll(() => tabCount(page, "duplicates")).toBe(waiting - 2);

  const listed = (await (await request.get("/api/review/duplicates?limit=100", { headers })).json()).duplicates;
  expect(listed.map((p: { id: string }) => p.id)).not.toEqual(expect.arrayContaining([kept]));
  expect(listed.map((p: { id: string }) => p.id)).not.toEqual(expect.arrayContaining([settled]));
  const dismissed = (await (await request.get(`/api/${copyHref.replace(/^\//, "")}`, { headers })).json()).receipt;
  expect(dismissed.dismissed_at).not.toBeNull();
});
