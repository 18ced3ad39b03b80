import { expect, test } from "@playwright/test";
import { DEMO_EMAIL } from "./support/e2e-env";
import { signIn } from "./support/session";

test("the home page says what the product does and leads in: sign in, sign up, and whom to sign in as on the demo", async ({
  page,
}, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Receipt Sync" })).toBeVisible();
  await expect(page.getByText("every receipt and invoice")).toBeVisible();
  await expect(page.getByTestId("demo-hint")).toContainText(DEMO_EMAIL);
  await expect(page.getByTestId("demo-hint")).toContainText("npm run demo");
  await page.screenshot({ path: testInfo.outputPath("home.png"), fullPage: true });
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/sign-up$/);
  await page.goto("/");
  await page.getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a signed-in visitor of the home page goes straight to the dashboard", async ({ page }) => {
  await signIn(page);
  await page.goto("/");
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("pages carry a nonce CSP that their own scripts satisfy, and refuse to be framed", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (?:execute|load|apply)/i.test(message.text()))
      violations.push(message.text());
  });
  const first = await page.goto("/sign-in");
  const policy = first?.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(first?.headers()["x-frame-options"]).toBe("DENY");
  // A fresh nonce per view.
  const second = await page.goto("/sign-in");
  expect(second?.headers()["content-security-policy"]).not.toBe(policy);
  // The page hydrates (the form works), with no script or style refused.
  await page.getByLabel("Email").fill("someone@example.com");
  await expect(page.getByLabel("Email")).toHaveValue("someone@example.com");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Receipt Sync" })).toBeVisible();
  expect(violations).toEqual([]);
});
