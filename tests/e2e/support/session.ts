// Signing in as the demo user, and reading the dashboard's live figures.
import fs from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_API_KEY, DEMO_EMAIL, DEMO_PASSWORD } from "./e2e-env";

/**
 * Signs in through the form once per run, then reuses that session: Better Auth rate-limits
 * sign-ins, as it should, and a test per sign-in would trip it.
 */
export async function signIn(page: Page): Promise<void> {
  const saved = path.join(process.env.E2E_STATE_DIR!, "session.json");
  if (fs.existsSync(saved)) {
    await page.context().addCookies(JSON.parse(fs.readFileSync(saved, "utf8")));
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/dashboard/);
    return;
  }
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO_EMAIL);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  fs.writeFileSync(saved, JSON.stringify(await page.context().cookies()));
}

export async function setRange(page: Page, from: string, to: string): Promise<void> {
  await page.getByLabel("From date").fill(from);
  await page.getByLabel("To date").fill(to);
}

export const progressBar = (page: Page) => page.getByRole("progressbar", { name: "Sync progress" });

export async function count(page: Page, testId: string): Promise<number> {
  return Number((await page.getByTestId(testId).first().innerText()).replace(/[^\d]/g, ""));
}

/** Waits for the dashboard to show a run's final state, and returns it. */
export async function finalStatus(page: Page, timeout = 150_000): Promise<string> {
  const outcome = page.getByTestId("sync-outcome");
  await expect(outcome).toBeVisible({ timeout });
  return (await outcome.getAttribute("data-status"))!;
}

export const isoDay = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/** Makes sure the demo business has receipts, syncing a recent range through the API if needed. */
export async function ensureReceipts(request: APIRequestContext): Promise<void> {
  const headers = { authorization: `Bearer ${DEMO_API_KEY}` };
  const list = await (await request.get("/api/receipts?limit=1", { headers })).json();
  if (list.receipts.length > 0) return;
  const start = await request.post("/api/receipts/sync", {
    headers,
    data: { from_date: isoDay(60), to_date: isoDay(0) },
  });
  expect([202, 409]).toContain(start.status());
  await expect
    .poll(async () => (await (await request.get("/api/receipts/sync/status", { headers })).json()).run.status, {
      timeout: 120_000,
      intervals: [1000],
    })
    .not.toBe("running");
}

/** The page's own alerts, without Next's route announcer (which also has role="alert"). */
export const appAlerts = (page: Page) => page.locator("main").getByRole("alert");
