// Categories and vendor rules through the real handlers, on both databases: a new business starts
// with the default categories; add, rename and delete (a name taken in any case is a 409, bad values
// 400s naming the field, with the one error body); a receipt's category is set by PATCH, recorded in
// edited_fields and the history, filters the list and the export, and goes when its category goes;
// a rule applied to existing receipts changes the untouched fields of its sender's receipts and never an
// edited one; and another business — by session or by key — gets 404 and changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteCategoryRoute, PATCH as renameRoute } from "@/app/api/categories/[id]/route";
import { GET as listCategoriesRoute, POST as createCategoryRoute } from "@/app/api/categories/route";
import { GET as getOpenApi } from "@/app/api/openapi.json/route";
import { GET as historyRoute } from "@/app/api/receipts/[id]/history/route";
import { GET as getReceiptRoute, PATCH as editRoute } from "@/app/api/receipts/[id]/route";
import { POST as dismissRoute } from "@/app/api/receipts/[id]/dismiss/route";
import { GET as exportCsv } from "@/app/api/receipts/export.csv/route";
import { GET as listRoute } from "@/app/api/receipts/route";
import { POST as applyRoute } from "@/app/api/vendor-rules/[id]/apply/route";
import { DELETE as deleteRuleRoute, PATCH as updateRuleRoute } from "@/app/api/vendor-rules/[id]/route";
import { GET as listRulesRoute, POST as createRuleRoute } from "@/app/api/vendor-rules/route";
import {
  categoryBody,
  categoryList,
  okBody,
  receiptBody,
  receiptHistoryBody,
  receiptList,
  vendorRuleApplied,
  vendorRuleBody,
  vendorRuleList,
} from "@/lib/api/schemas/responses";
import { DEFAULT_CATEGORIES } from "@/lib/shared/categories";
import {
  call,
  expectBody,
  expectError,
  seedBusiness,
  seedReceipt,
  type SeededBusiness,
  useApiDatabase,
} from "../support/api-harness";
import { DATABASE_KINDS } from "../support/test-database";

type Headers = Record<string, string>;

const UNKNOWN = "00000000-0000-4000-8000-000000000000";

describe.each(DATABASE_KINDS)("categories and vendor rules API on %s", (kind) => {
  const db = useApiDatabase(kind);
  let a: SeededBusiness;
  let b: SeededBusiness;
  let owner: { id: string; name: string; email: string };
  beforeAll(async () => {
    a = await seedBusiness(db.prisma, { name: "A", session: true });
    b = await seedBusiness(db.prisma, { name: "B", session: true });
    owner = await db.prisma.user.findUniqueOrThrow({
      where: { id: a.userId },
      select: { id: true, name: true, email: true },
    });
  });

  const categories = async (headers: Headers = a.bearer) =>
    expectBody(await call(listCategoriesRoute, "/api/categories", { headers }), 200, categoryList).categories;
  const addCategory = (name: unknown, headers: Headers = a.bearer) =>
    call(createCategoryRoute, "/api/categories", { method: "POST", headers, body: { name } });
  const category = async (name: string) => expectBody(await addCategory(name), 201, categoryBody).category;
  const rename = (id: string, body: unknown, headers: Headers = a.bearer) =>
    call(renameRoute, `/api/categories/${id}`, { method: "PATCH", headers, body, params: { id } });
  const removeCategory = (id: string, headers: Headers = a.bearer) =>
    call(deleteCategoryRoute, `/api/categories/${id}`, { method: "DELETE", headers, params: { id } });

  const addRule = (body: unknown, headers: Headers = a.bearer) =>
    call(createRuleRoute, "/api/vendor-rules", { method: "POST", headers, body });
  const rule = async (body: unknown) => expectBody(await addRule(body), 201, vendorRuleBody).vendor_rule;
  const rules = async (headers: Headers = a.bearer) =>
    expectBody(await call(listRulesRoute, "/api/vendor-rules", { headers }), 200, vendorRuleList).vendor_rules;
  const updateRule = (id: string, body: unknown, headers: Headers = a.bearer) =>
    call(updateRuleRoute, `/api/vendor-rules/${id}`, { method: "PATCH", headers, body, params: { id } });
  const removeRule = (id: string, headers: Headers = a.bearer) =>
    call(deleteRuleRoute, `/api/vendor-rules/${id}`, { method: "DELETE", headers, params: { id } });
  const apply = (id: string, headers: Headers = a.bearer) =>
    call(applyRoute, `/api/vendor-rules/${id}/apply`, { method: "POST", headers, params: { id } });

  const edit = (id: string, body: unknown, headers: Headers = a.bearer) =>
    call(editRoute, `/api/receipts/${id}`, { method: "PATCH", headers, body, params: { id } });
  const getOne = async (id: string, headers: Headers = a.bearer) =>
    expectBody(await call(getReceiptRoute, `/api/receipts/${id}`, { headers, params: { id } }), 200, receiptBody)
      .receipt;
  const changesOf = async (id: string) =>
    expectBody(
      await call(historyRoute, `/api/receipts/${id}/history`, { headers: a.bearer, params: { id } }),
      200,
      receiptHistoryBody,
    ).changes;
  const listed = async (query: string, headers: Headers = a.bearer) =>
    expectBody(await call(listRoute, `/api/receipts?${query}`, { headers }), 200, receiptList).receipts.map(
      (r) => r.id,
    );

  let seq = 0;
  /** A receipt from that sender (a From header), saved as a sync would. */
  const receiptFrom = async (sender: string, business: SeededBusiness = a, vendor = "Acme Billing") => {
    const id = await seedReceipt(db.prisma, business.id, {
      vendor,
      amount: "10.00",
      date: `2026-02-${10 + (seq++ % 15)}`,
    });
    await db.prisma.receipt.update({ where: { id }, data: { sender } });
    return id;
  };

  describe("categories", () => {
    it("gives a new business the default categories, in name order", async () => {
      const fresh = await seedBusiness(db.prisma);
      const names = (await categories(fresh.bearer)).map((c) => c.name);
      expect(names).toEqual([...DEFAULT_CATEGORIES].sort((x, y) => x.localeCompare(y, "en", { sensitivity: "base" })));
    });

    it("adds, renames and refuses a name the business has in any case", async () => {
      const added = await category("  Client gifts ");
      expect(added.name).toBe("Client gifts");
      expect((await categories()).map((c) => c.id)).toContain(added.id);
      expectError(await addCategory("CLIENT GIFTS"), 409, {
        error: "A category named 'CLIENT GIFTS' already exists: choose another name",
        code: "category_exists",
      });
      const renamed = expectBody(await rename(added.id, { name: "Gifts" }, a.session), 200, categoryBody).category;
      expect(renamed).toMatchObject({ id: added.id, name: "Gifts" });
      expectError(await rename(added.id, { name: "travel" }), 409, {
        error: "A category named 'travel' already exists: choose another name",
        code: "category_exists",
      });
      // Its own name in another case is a rename, not a conflict.
      expect(expectBody(await rename(added.id, { name: "GIFTS" }), 200, categoryBody).category.name).toBe("GIFTS");
    });

    it.each([
      ["an empty name", { name: "   " }, "name: must be 1 to 100 characters"],
      ["a long name", { name: "x".repeat(101) }, "name: must be 1 to 100 characters"],
      ["a name that is not a string", { name: 7 }, "name: is required"],
      ["an unknown field", { name: "Fine", colour: "red" }, "Unknown field(s): colour"],
    ])("answers %s with a 400 naming it", async (_case, body, error) => {
      expectError(
        await call(createCategoryRoute, "/api/categories", { method: "POST", headers: a.bearer, body }),
        400,
        {
          error,
          code: "invalid_request",
        },
      );
    });

    it("deleting a category uncategorises its receipts and deletes the rules that only set it", async () => {
      const doomed = await category("Doomed");
      const receipt = await receiptFrom("Doomed Co <billing@doomed.test>");
      expectBody(await edit(receipt, { category_id: doomed.id }), 200, receiptBody);
      const onlyCategory = await rule({ sender_match: "doomed.test", category_id: doomed.id });
      const withVendor = await rule({ sender_match: "x.doomed.test", vendor_name: "Doomed", category_id: doomed.id });
      expectBody(await removeCategory(doomed.id, a.session), 200, okBody);
      expect((await getOne(receipt)).category).toBeNull();
      const left = await rules();
      expect(left.find((r) => r.id === onlyCategory.id)).toBeUndefined();
      expect(left.find((r) => r.id === withVendor.id)).toMatchObject({ vendor_name: "Doomed", category: null });
      expectError(await removeCategory(doomed.id), 404, { error: "Category not found", code: "not_found" });
    });
  });

  describe("a receipt's category", () => {
    it("is set by PATCH, kept in edited_fields and the history, filters the list and the export, and clears with null", async () => {
      const travel = (await categories()).find((c) => c.name === "Travel")!;
      const id = await receiptFrom("Rail <tickets@rail.test>");
      const other = await receiptFrom("Rail <tickets@rail.test>");
      const receipt = expectBody(await edit(id, { category_id: travel.id }, a.session), 200, receiptBody).receipt;
      expect(receipt).toMatchObject({ category: { id: travel.id, name: "Travel" }, edited_fields: ["category"] });
      expect(await changesOf(id)).toEqual([
        expect.objectContaining({
          field: "category",
          old_value: null,
          new_value: "Travel",
          user: owner,
          source: "person",
        }),
      ]);
      // The same value again changes nothing.
      expectBody(await edit(id, { category_id: travel.id }), 200, receiptBody);
      expect(await changesOf(id)).toHaveLength(1);

      expect(await listed(`category=${travel.id}`)).toEqual([id]);
      const uncategorised = await listed("category=none&limit=200");
      expect(uncategorised).toContain(other);
      expect(uncategorised).not.toContain(id);
      const csv = await call(exportCsv, `/api/receipts/export.csv?category=${travel.id}`, { headers: a.bearer });
      expect(csv.status).toBe(200);
      const [header, row] = csv.text.replace(/^\uFEFF/, "").split("\r\n");
      expect(header!.endsWith(",receipt_id,category,category_id")).toBe(true);
      expect(row!.endsWith(`,${id},Travel,${travel.id}`)).toBe(true);

      const cleared = expectBody(await edit(id, { category_id: null }), 200, receiptBody).receipt;
      expect(cleared.category).toBeNull();
      expect((await changesOf(id)).at(-1)).toMatchObject({ field: "category", old_value: "Travel", new_value: null });
    });

    it("refuses another business's, an unknown and a malformed category id, naming category_id", async () => {
      const id = await receiptFrom("Rail <tickets@rail.test>");
      const foreign = (await categories(b.bearer))[0]!;
      for (const categoryId of [foreign.id, UNKNOWN])
        expectError(await edit(id, { category_id: categoryId }), 400, {
          error: `category_id: '${categoryId}' is not one of this business's categories`,
          code: "invalid_request",
        });
      expectError(await edit(id, { category_id: "travel" }), 400, {
        error: "category_id: must be the id of one of this business's categories, or null",
        code: "invalid_request",
      });
      expect((await getOne(id)).category).toBeNull();
      expect(await changesOf(id)).toEqual([]);
    });

    it("answers a category filter that is neither an id nor none with a 400", async () => {
      for (const route of [listRoute, exportCsv])
        expectError(await call(route, "/api/receipts?category=travel", { headers: a.bearer }), 400, {
          error: "Invalid category: 'travel'. Use a category id, or none for uncategorised receipts",
          code: "invalid_category",
        });
    });
  });

  describe("vendor rules", () => {
    it("stores the sender lower-cased (an address or a domain) and refuses bad values with the field's name", async () => {
      const software = (await categories()).find((c) => c.name === "Software & subscriptions")!;
      const made = await rule({ sender_match: " Billing@Figma.TEST ", vendor_name: "Figma", category_id: software.id });
      expect(made).toMatchObject({
        sender_match: "billing@figma.test",
        vendor_name: "Figma",
        category: { id: software.id, name: "Software & subscriptions" },
      });
      expect((await rule({ sender_match: "@Notion.test", vendor_name: "Notion" })).sender_match).toBe("notion.test");
      expectError(await addRule({ sender_match: "BILLING@figma.test", vendor_name: "F" }), 409, {
        error: "A vendor rule for 'billing@figma.test' already exists: change that rule instead",
        code: "vendor_rule_exists",
      });
      const cases: [unknown, string][] = [
        [
          { sender_match: "not a sender", vendor_name: "X" },
          "sender_match: 'not a sender' is neither an address such as billing@acme.com nor a domain such as acme.com",
        ],
        [{ sender_match: "x.test" }, "A vendor rule sets a vendor_name, a category_id or both"],
        [{ sender_match: "x.test", vendor_name: " " }, "A vendor rule sets a vendor_name, a category_id or both"],
        [
          { sender_match: "x.test", category_id: (await categories(b.bearer))[0]!.id },
          expect.stringMatching(/^category_id: '.+' is not one of this business's categories$/),
        ],
        [{ sender_match: "x.test", vendor_name: "X", extra: 1 }, "Unknown field(s): extra"],
      ];
      for (const [body, error] of cases)
        expect((await addRule(body)).body).toEqual({ success: false, error, code: "invalid_request" });

      expectError(await updateRule(made.id, { vendor_name: null, category_id: null }), 400, {
        error: "A vendor rule sets a vendor_name, a category_id or both",
        code: "invalid_request",
      });
      const changed = expectBody(await updateRule(made.id, { vendor_name: null }, a.session), 200, vendorRuleBody);
      expect(changed.vendor_rule).toMatchObject({ vendor_name: null, category: { id: software.id } });
      expectBody(await removeRule(made.id), 200, okBody);
      expectError(await removeRule(made.id), 404, { error: "Vendor rule not found", code: "not_found" });
    });

    it("applied to existing receipts changes its sender's untouched fields, never an edited, dismissed or more specific one", async () => {
      const meals = (await categories()).find((c) => c.name === "Meals")!;
      const domainRule = await rule({ sender_match: "kitchen.test", vendor_name: "Kitchen Co", category_id: meals.id });
      await rule({ sender_match: "owner@kitchen.test", vendor_name: "The Owner" });
      const plain = await receiptFrom("Kitchen <orders@kitchen.test>");
      const subdomain = await receiptFrom("orders@mail.kitchen.test");
      const edited = await receiptFrom("Kitchen <orders@kitchen.test>");
      expectBody(await edit(edited, { vendor: "My kitchen" }), 200, receiptBody);
      const dismissed = await receiptFrom("orders@kitchen.test");
      await call(dismissRoute, `/api/receipts/${dismissed}/dismiss`, {
        method: "POST",
        headers: a.bearer,
        params: { id: dismissed },
      });
      const specific = await receiptFrom("Owner <owner@kitchen.test>");
      const lookalike = await receiptFrom("orders@notkitchen.test");
      const foreign = await receiptFrom("orders@kitchen.test", b);

      expect(expectBody(await apply(domainRule.id, a.session), 200, vendorRuleApplied)).toEqual({
        success: true,
        updated: 3,
      });
      for (const id of [plain, subdomain])
        expect(await getOne(id)).toMatchObject({ vendor: "Kitchen Co", category: { id: meals.id }, edited_fields: [] });
      expect(await getOne(edited)).toMatchObject({ vendor: "My kitchen", category: { id: meals.id } });
      for (const id of [dismissed, specific, lookalike])
        expect(await getOne(id)).toMatchObject({ vendor: "Acme Billing", category: null });
      expect(await getOne(foreign, b.bearer)).toMatchObject({ vendor: "Acme Billing", category: null });

      const history = await changesOf(plain);
      expect(
        history.map(({ field, old_value, new_value, source, vendor_rule_id, user }) => ({
          field,
          old_value,
          new_value,
          source,
          vendor_rule_id,
          user,
        })),
      ).toEqual([
        {
          field: "vendor",
          old_value: "Acme Billing",
          new_value: "Kitchen Co",
          source: "rule",
          vendor_rule_id: domainRule.id,
          user: owner,
        },
        {
          field: "category",
          old_value: null,
          new_value: "Meals",
          source: "rule",
          vendor_rule_id: domainRule.id,
          user: owner,
        },
      ]);
      // Everything already says what the rule says.
      expect(expectBody(await apply(domainRule.id), 200, vendorRuleApplied).updated).toBe(0);
      // A person's category is theirs: the rule leaves it.
      const travel = (await categories()).find((c) => c.name === "Travel")!;
      expectBody(await edit(plain, { category_id: travel.id }), 200, receiptBody);
      expect(expectBody(await apply(domainRule.id), 200, vendorRuleApplied).updated).toBe(0);
      expect((await getOne(plain)).category?.id).toBe(travel.id);
    });
  });

  describe("another business", () => {
    it("cannot read, change, delete or apply A's categories and rules, by session or by key", async () => {
      const mine = await category("Mine only");
      const myRule = await rule({ sender_match: "mine.test", vendor_name: "Mine", category_id: mine.id });
      const receipt = await receiptFrom("billing@mine.test");
      for (const headers of [b.session, b.bearer]) {
        expect((await categories(headers)).map((c) => c.id)).not.toContain(mine.id);
        expect((await rules(headers)).map((r) => r.id)).not.toContain(myRule.id);
        const notFound = (message: string) => ({ error: message, code: "not_found" });
        expectError(await rename(mine.id, { name: "Taken over" }, headers), 404, notFound("Category not found"));
        expectError(await removeCategory(mine.id, headers), 404, notFound("Category not found"));
        expectError(
          await updateRule(myRule.id, { vendor_name: "Taken" }, headers),
          404,
          notFound("Vendor rule not found"),
        );
        expectError(await removeRule(myRule.id, headers), 404, notFound("Vendor rule not found"));
        expectError(await apply(myRule.id, headers), 404, notFound("Vendor rule not found"));
        expectError(await apply("not-a-uuid", headers), 404, notFound("Vendor rule not found"));
      }
      expect((await categories()).find((c) => c.id === mine.id)?.name).toBe("Mine only");
      expect((await rules()).find((r) => r.id === myRule.id)).toMatchObject({ vendor_name: "Mine" });
      expect((await getOne(receipt)).vendor).toBe("Acme Billing");
    });
  });

  it("the OpenAPI document describes every category and vendor-rule route", async () => {
    const doc = (await getOpenApi().json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths["/api/categories"]!).sort()).toEqual(["get", "post"]);
    expect(Object.keys(doc.paths["/api/categories/{id}"]!).sort()).toEqual(["delete", "patch"]);
    expect(Object.keys(doc.paths["/api/vendor-rules"]!).sort()).toEqual(["get", "post"]);
    expect(Object.keys(doc.paths["/api/vendor-rules/{id}"]!).sort()).toEqual(["delete", "patch"]);
    expect(Object.keys(doc.paths["/api/vendor-rules/{id}/apply"]!)).toEqual(["post"]);
  });
});
