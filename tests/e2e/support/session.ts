// Signing in as the demo user, and reading the dashboard's live figures.
import { expect, type Page } from "@playwright/test";
import { DEMO_EMAIL, DEMO_PASSWORD } from "./e2e-env";

export async function signIn(page: Page): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO_EMAIL);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
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
