// Mailbox filters in Settings: a bookkeeper leaves out Promotions and a newsletter's domain, keeps one
// shop always read, and the filters are still there after a reload and in the API; a bad sender gets
// the API's message inline and nothing is saved. A business of its own, so other specs' syncs read the
// demo mailbox unfiltered.
import { expect, test } from "@playwright/test";
import { appAlerts } from "./support/session";

test("mailbox filters saved in Settings stay, and a bad sender is refused with the API's message", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Fiona Filter");
  await page.getByLabel("Email").fill(`owner-${Date.now()}@filters.test`);
  await page.getByLabel(/^Password/).fill("filters-password-1");
  await page.getByLabel("Business name").fill("Filter Florist");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Mailbox filters" });
  await section.getByLabel("Never read mail from").fill("@News.Example\nnot a sender");
  await section.getByRole("button", { name: "Save mailbox filters" }).click();
  await expect(appAlerts(page)).toContainText("'not a sender' is not an email address or a domain");

  await section.getByLabel("Never read mail from").fill("@News.Example");
  await section.getByLabel("Always read mail from").fill("orders@flowers.example");
  await section.getByLabel("Promotions").check();
  await section.getByRole("button", { name: "Save mailbox filters" }).click();
  await expect(section.getByRole("status")).toContainText("Saved");

  await page.reload();
  await expect(section.getByLabel("Never read mail from")).toHaveValue("news.example");
  await expect(section.getByLabel("Always read mail from")).toHaveValue("orders@flowers.example");
  await expect(section.getByLabel("Promotions")).toBeChecked();
  await expect(section.getByLabel("Narrowed listing", { exact: false })).not.toBeChecked();
  const business = (await (await page.request.get("/api/business")).json()).business;
  expect(business.mailbox_filters).toMatchObject({
    blocked_senders: ["news.example"],
    allowed_senders: ["orders@flowers.example"],
    excluded_categories: ["promotions"],
    narrowed_listing: false,
  });
});
