import { expect, test } from "@playwright/test";

test("the home page loads and says what the product does", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Receipt Sync" })).toBeVisible();
  await expect(page.getByText("every receipt and invoice")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("home.png"), fullPage: true });
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
