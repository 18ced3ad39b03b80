// Categories and vendor rules in Settings, and the category on the receipts page: add and rename a
// category, add a rule for a sender's domain, apply it to the saved receipts (the page says how many
// changed), then filter the receipts by that category; deleting the category uncategorises them again.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_API_KEY } from "./support/e2e-env";
import { appAlerts, ensureReceipts, signIn } from "./support/session";

test("a category and a vendor rule made in Settings categorise a sender's receipts", async ({ page, request }) => {
  await ensureReceipts(request);
  const listed = await request.get("/api/receipts?limit=1", { headers: { authorization: `Bearer ${DEMO_API_KEY}` } });
  const [receipt] = ((await listed.json()) as { receipts: { sender: string }[] }).receipts;
  const address = /<([^>]+)>/.exec(receipt!.sender)?.[1] ?? receipt!.sender;
  const domain = address.slice(address.lastIndexOf("@") + 1).toLowerCase();
  await signIn(page);

  await page.goto("/settings");
  const categories = page.getByRole("list", { name: "Categories" });
  await expect(categories.getByText("Travel", { exact: true })).toBeVisible();
  await page.getByLabel("New category").fill("E2E Gifts");
  await page.getByRole("button", { name: "Add category" }).click();
  await expect(categories.getByText("E2E Gifts", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Rename E2E Gifts" }).click();
  await page.getByLabel("New name for E2E Gifts").fill("E2E Presents");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(categories.getByText("E2E Presents", { exact: true })).toBeVisible();
  // A name the business has already is the API's message, inline.
  await page.getByLabel("New category").fill("travel");
  await page.getByRole("button", { name: "Add category" }).click();
  await expect(appAlerts(page)).toContainText("A category named 'travel' already exists");

  await page.getByLabel("Sender address or domain").fill(domain.toUpperCase());
  await page.getByLabel("Category", { exact: true }).selectOption({ label: "E2E Presents" });
  await page.getByRole("button", { name: "Add rule" }).click();
  const rules = page.getByRole("list", { name: "Vendor rules" });
  await expect(rules.getByText(domain, { exact: true })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await page.getByRole("button", { name: `Apply to existing receipts: the rule for ${domain}` }).click();
  const notice = page.getByRole("status").filter({ hasText: domain });
  await expect(notice).toContainText(/\d+ receipts? changed/);
  const changed = Number(/(\d+) receipt/.exec(await notice.innerText())![1]);
  expect(changed).toBeGreaterThan(0);

  await page.goto("/receipts");
  await page.getByLabel("Category", { exact: true }).selectOption({ label: "E2E Presents" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/category=[0-9a-f-]{36}/);
  const rows = page.getByRole("table", { name: "Receipts" }).locator("tbody tr");
  await expect(rows.first()).toContainText("E2E Presents");
  for (const text of await rows.allInnerTexts()) expect(text).toContain("E2E Presents");

  // Deleting the category leaves its receipts uncategorised (and the rule that only set it goes).
  await page.goto("/settings");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete E2E Presents" }).click();
  await expect(page.getByRole("list", { name: "Categories" }).getByText("E2E Presents")).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Vendor rules" })).toHaveCount(0);
});
