// The hostile receipt (tests/support/hostile-email.ts, in the demo mailbox via serve.ts) synced and
// opened in Review and on its receipt page: its words show inside the frame, and nothing in it runs
// (no dialog, no window.__pwned) or loads (no request to any other host, none from the frame at all).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { HOSTILE_BENIGN_TEXT, HOSTILE_MESSAGE_ID, HOSTILE_SUBJECT } from "../support/hostile-email";
import { DEMO_API_KEY, DEMO_BUSINESS, HOSTILE_DAYS_AGO, sql } from "./support/e2e-env";
import { isoDay, signIn } from "./support/session";

const headers = { authorization: `Bearer ${DEMO_API_KEY}` };

async function waitForIdleSync(request: APIRequestContext): Promise<void> {
  await expect
    .poll(async () => (await (await request.get("/api/receipts/sync/status", { headers })).json()).run?.status, {
      timeout: 120_000,
      intervals: [1000],
    })
    .not.toBe("running");
}

/** The hostile receipt's id, syncing the days around its arrival first if no sync has taken it yet. */
async function hostileReceiptId(request: APIRequestContext): Promise<string> {
  const find = async () =>
    (
      await sql<{ id: string }>(
        `SELECT id::text FROM receipts WHERE gmail_message_id = $1 AND business_id = ${DEMO_BUSINESS}`,
        [HOSTILE_MESSAGE_ID],
      )
    )[0]?.id;
  const known = await find();
  if (known) return known;
  await waitForIdleSync(request);
  const start = await request.post("/api/receipts/sync", {
    headers,
    data: { from_date: isoDay(HOSTILE_DAYS_AGO + 1), to_date: isoDay(HOSTILE_DAYS_AGO - 1) },
  });
  expect(start.status(), await start.text()).toBe(202);
  await waitForIdleSync(request);
  const id = await find();
  expect(id, "the sync took the hostile receipt").toBeTruthy();
  return id!;
}

interface Watch {
  requests: { url: string; fromFrame: boolean }[];
  routed: string[];
  dialogs: string[];
}

/** Records every request the page makes (and which frame made it), every routed request and every dialog. */
async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { requests: [], routed: [], dialogs: [] };
  page.on("request", (r) => seen.requests.push({ url: r.url(), fromFrame: r.frame() !== page.mainFrame() }));
  page.on("dialog", (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.context().route("**/*", (route) => {
    seen.routed.push(route.request().url());
    return route.continue();
  });
  return seen;
}

function expectNothingRanOrLoaded(seen: Watch, origin: string): void {
  expect(seen.dialogs).toEqual([]);
  expect(seen.requests.filter((r) => new URL(r.url).origin !== origin).map((r) => r.url)).toEqual([]);
  expect(seen.routed.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(seen.requests.filter((r) => r.fromFrame).map((r) => r.url)).toEqual([]);
  expect(seen.requests.some((r) => /tracker\.example|evil\.example/.test(r.url))).toBe(false);
}

/** The email's words show in the frame; nothing in it ran or loaded, even when clicked; and it is built to stay so. */
async function expectInertFrame(page: Page, scope: Locator, seen: Watch, origin: string): Promise<void> {
  const frameElement = scope.getByTestId("source-email-frame");
  const frame = frameElement.contentFrame();
  await expect(frameElement).toBeAttached();
  // A meta refresh, a lazy image or a late script would have happened by now.
  await page.waitForTimeout(1500);
  expectNothingRanOrLoaded(seen, origin);
  for (const text of HOSTILE_BENIGN_TEXT) await expect(frame.getByText(text)).toBeVisible();
  await expect(frame.getByText("Total", { exact: true })).toBeVisible();
  await frame.getByText("Order details").click();
  await frame.getByText("Track your order").click();
  await frame.getByText("Confirm your card").click();
  await page.waitForTimeout(500);
  expectNothingRanOrLoaded(seen, origin);
  const inner = page.frames().find((f) => f.url() === "about:srcdoc");
  expect(inner, "the frame is still the email, not a page it navigated to").toBeTruthy();
  expect(await inner!.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null)).toBeNull();

  // Nothing to follow, fill in or submit; the remote pixel is a marker; the frame has no powers at all.
  await expect(frame.getByText("[image blocked]")).toBeVisible();
  await expect(frame.getByRole("link")).toHaveCount(0);
  await expect(frame.locator("form, input, button, script, iframe, object, embed, img[src^='http']")).toHaveCount(0);
  await expect(frameElement).toHaveAttribute("sandbox", "");
  await expect(frameElement).toHaveAttribute("title", /^Email from Hostile Test Shop/);
  expect(await frameElement.getAttribute("srcdoc")).toMatch(
    /^<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">/,
  );
}

test("the hostile email shown in Review and on its receipt page runs nothing and loads nothing", async ({
  page,
  request,
  baseURL,
}, testInfo) => {
  const origin = new URL(baseURL!).origin;
  const id = await hostileReceiptId(request);
  await sql(`UPDATE receipts SET review_status = 'needs_review', dismissed_at = NULL WHERE id = $1::uuid`, [id]);
  await signIn(page);
  const seen = await watch(page);

  // Review: the item becomes current, and its email loads beside the fields.
  await page.goto("/review");
  const item = page.locator(`[data-receipt-id="${id}"]`);
  await item.focus();
  await expect(item).toHaveAttribute("aria-current", "true");
  await expectInertFrame(page, item, seen, origin);
  await item.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("review-hostile-email.png") });
  expect(seen.requests.filter((r) => r.url.endsWith(`/api/receipts/${id}/source`))).toHaveLength(1);

  // The frame's document is the sender's, and axe cannot run inside a frame without scripts (it would
  // wait forever): the page around it is scanned, the frame's title is checked above.
  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .exclude('[data-testid="source-email-frame"]')
    .analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);

  // The receipt page reads the email only when asked.
  seen.requests.length = 0;
  await page.goto(`/receipts/${id}`);
  await expect(page.getByRole("heading", { name: "Source email" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(seen.requests.filter((r) => r.url.includes("/source"))).toEqual([]);
  await page.getByRole("button", { name: "Show email" }).click();
  await expectInertFrame(page, page.getByRole("main"), seen, origin);

  // Phone width: the frame fits.
  await page.setViewportSize({ width: 375, height: 812 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: testInfo.outputPath("receipt-hostile-email-phone.png"), fullPage: true });
});

test("a near miss's hostile email, shown on request, runs nothing and loads nothing", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const subject = `${HOSTILE_SUBJECT} (near miss ${Date.now()})`;
  // The same message kept as a near miss (one per business and message: an earlier run's row is reopened).
  await sql(
    `INSERT INTO receipt_candidates (business_id, gmail_message_id, sender, subject, received_at, vendor, amount,
                                     currency, receipt_date, confidence, reasons, extractor_version)
     SELECT ${DEMO_BUSINESS}, $1, 'Hostile Test Shop <receipts@hostile-shop.example>', $2, now(), 'Hostile Test Shop',
            42.00, 'USD', NULL, 0.6, ARRAY['receipt evidence 2'], '2.1.0'
     ON CONFLICT (business_id, gmail_message_id)
       DO UPDATE SET subject = EXCLUDED.subject, received_at = now(), dismissed_at = NULL, promoted_receipt_id = NULL`,
    [HOSTILE_MESSAGE_ID, subject],
  );
  await signIn(page);
  const seen = await watch(page);
  await page.goto("/review?show=candidates");
  const item = page.getByTestId("candidate-item").filter({ hasText: subject });
  await expect(item).toBeVisible();
  expect(seen.requests.filter((r) => r.url.includes("/source"))).toEqual([]);
  await item.getByRole("button", { name: "Show email" }).click();
  await expectInertFrame(page, item, seen, origin);
});
