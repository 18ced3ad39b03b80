// A newcomer's first minutes: sign up from the home page, connect Gmail (the emulator's consent), watch
// the first import run by itself, and find the automatic schedule; then Google drops the grant, every
// page says so, and one click reconnects.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { sql } from "./support/e2e-env";

test("sign up from the home page → connect Gmail → the first import runs by itself → the dashboard shows the schedule", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const email = `owner-${Date.now()}@first-run.test`;

  await page.goto("/");
  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("Your name").fill("Nora First");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/^Password/).fill("first-run-password-1");
  await page.getByLabel("Business name").fill("First Run Bakery");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // Nothing is connected yet: the dashboard says what to do next, and what will happen.
  const firstStep = page.getByTestId("first-step");
  await expect(firstStep).toContainText("first import of the last 12 months starts by itself");
  await expect(page.getByTestId("sync-schedule")).toContainText("Gmail");

  // A smaller first import keeps the test short; Settings is where it is chosen.
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Settings" }).click();
  await page.getByLabel(/^First import after connecting Gmail/).fill("2");
  await page.getByRole("button", { name: "Save automatic sync" }).click();
  await expect(page.getByRole("status").filter({ hasText: /saved/i })).toBeVisible();
  await nav.getByRole("link", { name: "Dashboard" }).click();
  await expect(firstStep).toContainText("last 2 months");

  await firstStep.getByRole("link", { name: "Connect Gmail" }).click();
  // The consent screen sends the browser back to the dashboard, where the import is already going.
  await expect(page).toHaveURL(/\/dashboard\?gmail=connected$/);
  await expect(page.getByText("Gmail is connected. The first import has started")).toBeVisible();
  await expect(page.getByTestId("gmail-connection")).toContainText("Connected");
  const outcome = page.getByTestId("sync-outcome");
  // Watched live: the progress bar, or (on a fast machine) straight to its end.
  await expect(page.getByRole("progressbar").or(outcome)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("first-import.png"), fullPage: true });
  await expect(outcome).toHaveAttribute("data-status", "completed", { timeout: 150_000 });

  const [run] = await sql<{ started_by: string; saved_receipts: number; from_date: Date; to_date: Date }>(
    `SELECT r.started_by::text, r.saved_receipts, r.from_date, r.to_date FROM receipt_sync_runs r
       JOIN businesses b ON b.id = r.business_id WHERE b.name = $1`,
    ["First Run Bakery"],
  );
  expect(run?.started_by).toBe("connect");
  expect(run?.saved_receipts).toBeGreaterThan(0);
  expect(Math.round((run!.to_date.getTime() - run!.from_date.getTime()) / (30.44 * 86_400_000))).toBe(2);

  // The schedule, with the import it follows.
  const schedule = page.getByTestId("sync-schedule");
  await expect(schedule).toContainText("Automatic sync every 1 h · next at");
  await expect(schedule).toContainText(`${run!.saved_receipts} new receipt`);
});

test("when Google stops accepting the grant, every page says so and one click reconnects", async ({ page }) => {
  const email = `owner-${Date.now()}@reauth.test`;
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Rita Reauth");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/^Password/).fill("reauth-password-1");
  await page.getByLabel("Business name").fill("Reauth Stationers");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  // A one-month first import: this test is about the banner, not the import.
  await sql(`UPDATE businesses SET first_import_months = 1 WHERE name = $1`, ["Reauth Stationers"]);
  await page.getByTestId("first-step").getByRole("link", { name: "Connect Gmail" }).click();
  await expect(page).toHaveURL(/\/dashboard\?gmail=connected$/);
  await expect(page.getByTestId("sync-outcome")).toHaveAttribute("data-status", "completed", { timeout: 150_000 });
  const banner = page.getByTestId("gmail-reauth-banner");
  await expect(banner).toHaveCount(0);

  // What a sync meeting invalid_grant records (tests/integration cover that part).
  await sql(
    `UPDATE gmail_connections SET status = 'needs_reauth'
       WHERE business_id = (SELECT id FROM businesses WHERE name = $1)`,
    ["Reauth Stationers"],
  );
  for (const path of ["/dashboard", "/receipts", "/review", "/settings"]) {
    await page.goto(path);
    await expect(banner, path).toBeVisible();
    await expect(banner).toContainText("Gmail needs you to sign in again");
    await expect(banner).toContainText("paused");
  }
  const axe = await new AxeBuilder({ page }).include('[data-testid="gmail-reauth-banner"]').analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  await page.goto("/dashboard");
  await expect(page.getByTestId("sync-schedule")).toContainText("paused");

  await banner.getByRole("link", { name: "Reconnect Gmail" }).click();
  // The business has synced before: no second first import, back to Settings with the mailbox working.
  await expect(page).toHaveURL(/\/settings\?gmail=connected$/);
  await expect(banner).toHaveCount(0);
  const [connection] = await sql<{ status: string }>(
    `SELECT status::text FROM gmail_connections WHERE business_id = (SELECT id FROM businesses WHERE name = $1)`,
    ["Reauth Stationers"],
  );
  expect(connection?.status).toBe("active");
});
