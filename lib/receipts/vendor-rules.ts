// Vendor rules of a business: receipts from a sender get a vendor name and/or a category. New imports
// take them as they are saved (store.ts); "apply to existing" brings the business's receipts in line on
// request. A rule never changes a field a person edited, and every change it makes is in the history.
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { isUniqueViolation } from "../db/unique-violation";
import { badRequest, conflict, notFound, shown } from "../errors";
import { categoryFor } from "./categories";
import { CORRECTION_RULES } from "./corrections";
import { isUuid } from "./cursor";
import { escapeLike } from "./filters";
import { recordChanges, type FieldChange, type ReviewActor } from "./review";
import { checkSenderMatch, ruleForSender } from "./sender-match";

export interface VendorRuleView {
  id: string;
  /** Lower-cased address (billing@acme.com) or domain (acme.com, and its subdomains). */
  sender_match: string;
  vendor_name: string | null;
  category: { id: string; name: string } | null;
  created_at: string;
  updated_at: string;
}

export interface VendorRuleInput {
  sender_match?: string;
  /** null clears it (a rule keeps at least one of vendor_name and category_id). */
  vendor_name?: string | null;
  category_id?: string | null;
}

/** A rule as saving and applying read it. */
export interface ActiveVendorRule {
  id: string;
  sender_match: string;
  vendor_name: string | null;
  category_id: string | null;
  category_name: string | null;
}

type Tx = Prisma.TransactionClient;

const fields = {
  id: true,
  senderMatch: true,
  vendorName: true,
  createdAt: true,
  updatedAt: true,
  category: { select: { id: true, name: true } },
} as const;

type RuleRow = Prisma.VendorRuleGetPayload<{ select: typeof fields }>;

const toView = (r: RuleRow): VendorRuleView => ({
  id: r.id,
  sender_match: r.senderMatch,
  vendor_name: r.vendorName,
  category: r.category,
  created_at: r.createdAt.toISOString(),
  updated_at: r.updatedAt.toISOString(),
});

const ruleNotFound = () => notFound("Vendor rule not found");

const senderTaken = (sender: string) =>
  conflict(`A vendor rule for '${shown(sender)}' already exists: change that rule instead`, "vendor_rule_exists");

/** The given fields checked and normalised, each problem a 400 naming its field. */
async function checkRuleInput(
  db: PrismaClient | Tx,
  businessId: string,
  input: VendorRuleInput,
): Promise<{ senderMatch?: string; vendorName?: string | null; categoryId?: string | null }> {
  const data: { senderMatch?: string; vendorName?: string | null; categoryId?: string | null } = {};
  if (input.sender_match !== undefined) {
    const sender = checkSenderMatch(input.sender_match);
    if (!sender.ok) throw badRequest(`sender_match: ${sender.problem}`);
    data.senderMatch = sender.value;
  }
  if (input.vendor_name !== undefined) {
    if (input.vendor_name === null || input.vendor_name.trim() === "") data.vendorName = null;
    else {
      const vendor = CORRECTION_RULES.vendor(input.vendor_name);
      if (!vendor.ok) throw badRequest(`vendor_name: ${vendor.problem}`);
      data.vendorName = vendor.value;
    }
  }
  if (input.category_id !== undefined)
    data.categoryId = input.category_id === null ? null : (await categoryFor(db, businessId, input.category_id)).id;
  return data;
}

const SETS_NOTHING = "A vendor rule sets a vendor_name, a category_id or both";

export async function listVendorRules(prisma: PrismaClient, businessId: string): Promise<VendorRuleView[]> {
  const rows = await prisma.vendorRule.findMany({
    where: { businessId },
    orderBy: [{ senderMatch: "asc" }],
    select: fields,
  });
  return rows.map(toView);
}

export async function createVendorRule(
  prisma: PrismaClient,
  businessId: string,
  input: VendorRuleInput & { sender_match: string },
): Promise<VendorRuleView> {
  const data = await checkRuleInput(prisma, businessId, input);
  if (!data.vendorName && !data.categoryId) throw badRequest(SETS_NOTHING);
  try {
    return toView(
      await prisma.vendorRule.create({
        data: {
          businessId,
          senderMatch: data.senderMatch!,
          vendorName: data.vendorName ?? null,
          categoryId: data.categoryId ?? null,
        },
        select: fields,
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw senderTaken(data.senderMatch!);
    throw error;
  }
}

export async function updateVendorRule(
  prisma: PrismaClient,
  businessId: string,
  id: string,
  input: VendorRuleInput,
): Promise<VendorRuleView> {
  if (!isUuid(id)) throw ruleNotFound();
  const data = await checkRuleInput(prisma, businessId, input);
  try {
    return await prisma.$transaction(async (tx) => {
      const current = await tx.vendorRule.findFirst({ where: { id, businessId }, select: fields });
      if (!current) throw ruleNotFound();
      const vendorName = data.vendorName !== undefined ? data.vendorName : current.vendorName;
      const categoryId = data.categoryId !== undefined ? data.categoryId : (current.category?.id ?? null);
      if (!vendorName && !categoryId) throw badRequest(SETS_NOTHING);
      return toView(await tx.vendorRule.update({ where: { id }, data, select: fields }));
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw senderTaken(data.senderMatch ?? "");
    throw error;
  }
}

/** Deletes the rule; the receipts it changed keep their values, and their history keeps saying a rule did it. */
export async function deleteVendorRule(prisma: PrismaClient, businessId: string, id: string): Promise<void> {
  if (!isUuid(id)) throw ruleNotFound();
  const deleted = await prisma.vendorRule.deleteMany({ where: { id, businessId } });
  if (deleted.count === 0) throw ruleNotFound();
}

/** Every rule of the business with its category's name, for saving a sync's receipts. */
export function loadVendorRules(db: PrismaClient | Tx, businessId: string): Promise<ActiveVendorRule[]> {
  return db.$queryRaw<ActiveVendorRule[]>`
    SELECT v.id::text, v.sender_match, v.vendor_name, v.category_id::text AS category_id, c.name AS category_name
    FROM vendor_rules v LEFT JOIN categories c ON c.id = v.category_id
    WHERE v.business_id = ${businessId}::uuid`;
}

interface RuledReceipt {
  vendor: string;
  category_id: string | null;
  category_name: string | null;
  edited_fields: string[];
}

/**
 * What the rule changes on a receipt: its vendor name and its category, each unless a person edited
 * that field (edited_fields: vendor, category) or it already has the rule's value.
 */
export function ruleChanges(rule: ActiveVendorRule, receipt: RuledReceipt): FieldChange[] {
  const changes: FieldChange[] = [];
  if (rule.vendor_name && !receipt.edited_fields.includes("vendor") && receipt.vendor !== rule.vendor_name)
    changes.push({ field: "vendor", old: receipt.vendor, new: rule.vendor_name });
  if (rule.category_id && !receipt.edited_fields.includes("category") && receipt.category_id !== rule.category_id)
    changes.push({ field: "category", old: receipt.category_name, new: rule.category_name });
  return changes;
}

/** Writes a rule's changes to one receipt (the caller holds its row) with the history rows naming the rule. */
export async function writeRuleChanges(
  tx: Tx,
  author: ReviewActor,
  rule: ActiveVendorRule,
  receiptId: string,
  changes: FieldChange[],
): Promise<void> {
  if (changes.length === 0) return;
  const sets = changes.map((c) =>
    c.field === "vendor"
      ? Prisma.sql`vendor = ${rule.vendor_name}`
      : Prisma.sql`category_id = ${rule.category_id}::uuid`,
  );
  await tx.$executeRaw`UPDATE receipts SET ${Prisma.join(sets)} WHERE id = ${receiptId}::uuid`;
  await recordChanges(tx, { ...author, vendorRuleId: rule.id }, receiptId, changes);
}

/**
 * Applies the rule to the business's receipts from its sender that are not dismissed: each field a
 * person did not edit takes the rule's value. A receipt a more specific rule covers (its address's own
 * rule under a domain rule) is that rule's. Returns how many receipts changed.
 */
export async function applyVendorRule(prisma: PrismaClient, actor: ReviewActor, ruleId: string): Promise<number> {
  if (!isUuid(ruleId)) throw ruleNotFound();
  return prisma.$transaction(async (tx) => {
    const rules = await loadVendorRules(tx, actor.businessId);
    const rule = rules.find((r) => r.id === ruleId);
    if (!rule) throw ruleNotFound();
    const domain = rule.sender_match.slice(rule.sender_match.lastIndexOf("@") + 1);
    // The LIKE narrows by the domain's text; ruleForSender decides on the parsed address. Locked in id
    // order, so an edit waiting on a receipt sees the rule's value (and a second apply changes nothing).
    const receipts = await tx.$queryRaw<(RuledReceipt & { id: string; sender: string })[]>`
      SELECT r.id::text, r.sender, r.vendor, r.category_id::text AS category_id, c.name AS category_name, r.edited_fields
      FROM receipts r LEFT JOIN categories c ON c.id = r.category_id
      WHERE r.business_id = ${actor.businessId}::uuid AND r.dismissed_at IS NULL
        AND lower(r.sender) LIKE ${`%${escapeLike(domain)}%`} ESCAPE '\\'
      ORDER BY r.id
      FOR UPDATE OF r`;
    let updated = 0;
    for (const receipt of receipts) {
      if (ruleForSender(rules, receipt.sender)?.id !== rule.id) continue;
      const changes = ruleChanges(rule, receipt);
      if (changes.length === 0) continue;
      await writeRuleChanges(tx, actor, rule, receipt.id, changes);
      updated++;
    }
    return updated;
  });
}
