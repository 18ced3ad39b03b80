// Request bodies of /api/categories and /api/vendor-rules. Values are checked again by the domain
// (lib/receipts/categories.ts, vendor-rules.ts), which knows which category ids are the business's.
import "server-only";
import { z } from "zod";
import { MAX_VENDOR_LENGTH } from "../../receipts/corrections";
import { displayName } from "./common";

const categoryId = z
  .uuid({ error: "must be the id of one of this business's categories, or null" })
  .nullable()
  .describe("one of this business's categories; null for none");

/** POST /api/categories and PATCH /api/categories/{id}: the name, unique in the business whatever its case. */
export const categoryNameBody = z.strictObject({ name: displayName });

const vendorName = z
  .string({ error: "must be a string or null" })
  .max(MAX_VENDOR_LENGTH, `must be at most ${MAX_VENDOR_LENGTH} characters`)
  .nullable()
  .describe("the vendor name receipts from this sender get; null for none");

const senderMatch = z
  .string({ error: "must be a string" })
  .max(320, "must be at most 320 characters")
  .describe("an address (billing@acme.com) or a domain (acme.com, which covers its subdomains); any case");

/** POST /api/vendor-rules: a sender and what its receipts get (a vendor name, a category or both). */
export const createVendorRuleBody = z.strictObject({
  sender_match: senderMatch,
  vendor_name: vendorName.optional(),
  category_id: categoryId.optional(),
});

/** PATCH /api/vendor-rules/{id}: any of the fields, at least one. */
export const updateVendorRuleBody = z
  .strictObject({
    sender_match: senderMatch.optional(),
    vendor_name: vendorName.optional(),
    category_id: categoryId.optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    error: "Send at least one field to change: sender_match, vendor_name, category_id",
  });

export { categoryId };
