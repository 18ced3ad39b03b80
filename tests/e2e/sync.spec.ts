// The dashboard while a sync runs: live progress, a second tab, cancel, and a worker that dies.
import { expect, test } from "@playwright/test";
import { killWorker, STALE_AFTER_SECONDS, startWorker } from "./support/e2e-env";
import { appAlerts, count, finalStatus, isoDay, progressBar, setRange, signIn } from "./support/session";

test.describe.configure({ mode: "serial" });

test("a sync shows live progress that rises, then completes and fills the receipts table", async ({
  page,
}, testInfo) => {
  await signIn(page);
  // The demo business syncs on its own out of the box.
  await expect(page.getByTestId("sync-schedule")).toContainText(/^Automatic sync every 1\s+h · next at \d{2}:\d{2}/);
  await setRange(page, isoDay(120), isoDay(0));
  await page.getByRole("button", { name: "Sync", exact: true }).click();
  const bar = progressBar(page);
  await expect(bar).toBeVisible();

  const seen: number[] = [];
  const scanned: number[] = [];
  let shot = false;
  while (await bar.isVisible()) {
    seen.push(Number(await bar.getAttribute("aria-valuenow")));
    scanned.push(await count(page, "messages-scanned"));
    if (!shot && seen.at(-1)! > 10) {
      await page.screenshot({ path: testInfo.outputPath("dashboard-mid-sync.png"), fullPage: true });
      shot = true;
    }
    await page.waitForTimeout(1_000);
  }
  expect(await finalStatus(page)).toBe("completed");
  // The bar moved across several polls and never went backwards.
  expect(new Set(seen).size).toBeGreaterThanOrEqual(3);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  expect(Math.max(...scanned)).toBeGreaterThan(Math.min(...scanned));
  expect(await count(page, "receipts-saved")).toBeGreaterThan(0);

  await page.getByRole("link", { name: "Receipts" }).first().click();
  const rows = page.getByRole("table", { name: "Receipts" }).locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(0);
});

test("a second tab pressing Sync during a run sees its progress, and Cancel stops it", async ({ page, context }) => {
  await signIn(page);
  const second = await context.newPage();
  await second.goto("/dashboard");
  await expect(second.getByRole("button", { name: "Sync", exact: true })).toBeVisible();

  await setRange(page, isoDay(700), isoDay(0));
  await page.getByRole("button", { name: "Sync", exact: true }).click();
  await expect(progressBar(page)).toBeVisible();

  await setRange(second, isoDay(30), isoDay(0));
  await second.getByRole("button", { name: "Sync", exact: true }).click();
  await expect(progressBar(second)).toBeVisible();
  await expect(appAlerts(second)).toHaveCount(0);
  // Told plainly, as information: the running run's progress, not an error.
  await expect(second.getByRole("status").filter({ hasText: "already running" })).toBeVisible();

  await page.getByRole("button", { name: "Cancel sync" }).click();
  expect(await finalStatus(page, 30_000)).toBe("cancelled");
  await expect(page.getByText("Sync cancelled")).toBeVisible();
  await second.close();
});

test("a run whose worker died shows as failed with the stale message, and Sync starts a new one", async ({ page }) => {
  await signIn(page);
  await setRange(page, isoDay(700), isoDay(0));
  await page.getByRole("button", { name: "Sync", exact: true }).click();
  await expect(progressBar(page)).toBeVisible();
  await expect.poll(() => count(page, "messages-scanned"), { timeout: 30_000 }).toBeGreaterThan(0);

  killWorker();
  expect(await finalStatus(page, (STALE_AFTER_SECONDS + 30) * 1000)).toBe("failed");
  await expect(page.getByText(/stopped responding/)).toBeVisible();
  await expect(page.getByTestId("sync-outcome")).toContainText(/Stale run auto-failed: no heartbeat for \d+s/);

  startWorker();
  await page.getByRole("button", { name: "Sync", exact: true }).click();
  await expect(progressBar(page)).toBeVisible();
  await expect.poll(() => count(page, "messages-scanned"), { timeout: 30_000 }).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Cancel sync" }).click();
  expect(await finalStatus(page, 30_000)).toBe("cancelled");
});
