// A business's categories: list, add, rename, delete. Names are unique per business whatever their case
// (the database's index on lower(name) decides, so two people adding "Travel" at once get one of it).
import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { isUniqueViolation } from "../db/unique-violation";
import { badRequest, conflict, notFound, shown } from "../errors";
import { MAX_CATEGORY_NAME_LENGTH } from "../shared/categories";
import { isUuid } from "./cursor";

export interface CategoryView {
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
}

type Db = PrismaClient | Prisma.TransactionClient;

const fields = { id: true, name: true, createdAt: true, updatedAt: true } as const;

const toView = (c: { id: string; name: string; createdAt: Date; updatedAt: Date }): CategoryView => ({
  id: c.id,
  name: c.name,
  created_at: c.createdAt.toISOString(),
  updated_at: c.updatedAt.toISOString(),
});

/** A category name as stored (trimmed), or a 400 naming `name`. */
export function checkCategoryName(value: string): string {
  const name = value.trim();
  if (name === "") throw badRequest("name: must not be empty");
  if (name.length > MAX_CATEGORY_NAME_LENGTH)
    throw badRequest(`name: must be at most ${MAX_CATEGORY_NAME_LENGTH} characters`);
  if (name.includes("\u0000")) throw badRequest("name: must not contain NUL characters");
  return name;
}

const nameTaken = (name: string) =>
  conflict(`A category named '${shown(name)}' already exists: choose another name`, "category_exists");

/** The business's categories in name order, whatever the case. */
export async function listCategories(prisma: PrismaClient, businessId: string): Promise<CategoryView[]> {
  const rows = await prisma.category.findMany({ where: { businessId }, select: fields });
  return rows
    .map(toView)
    .sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || a.id.localeCompare(b.id));
}

/**
 * The business's category with that id, or the error a caller names the field in: a malformed,
 * unknown or another business's id is the same answer, so existence is not revealed.
 */
export async function findCategory(db: Db, businessId: string, id: string): Promise<CategoryView | null> {
  if (!isUuid(id)) return null;
  const row = await db.category.findFirst({ where: { id, businessId }, select: fields });
  return row ? toView(row) : null;
}

/** The category a body's `category_id` names, or a 400 naming the field. */
export async function categoryFor(db: Db, businessId: string, id: string): Promise<CategoryView> {
  const category = await findCategory(db, businessId, id);
  if (!category) throw badRequest(`category_id: '${shown(id)}' is not one of this business's categories`);
  return category;
}

export async function createCategory(prisma: PrismaClient, businessId: string, name: string): Promise<CategoryView> {
  const checked = checkCategoryName(name);
  try {
    return toView(await prisma.category.create({ data: { businessId, name: checked }, select: fields }));
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(checked);
    throw error;
  }
}

export async function renameCategory(
  prisma: PrismaClient,
  businessId: string,
  id: string,
  name: string,
): Promise<CategoryView> {
  const checked = checkCategoryName(name);
  if (!(await findCategory(prisma, businessId, id))) throw notFound("Category not found");
  try {
    const updated = await prisma.category.updateManyAndReturn({
      where: { id, businessId },
      data: { name: checked },
      select: fields,
    });
    if (!updated[0]) throw notFound("Category not found");
    return toView(updated[0]);
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(checked);
    throw error;
  }
}

/**
 * Deletes the category: its receipts become uncategorised (the foreign key's ON DELETE SET NULL) and
 * rules that only set this category go with it, since they would set nothing.
 */
export async function deleteCategory(prisma: PrismaClient, businessId: string, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound("Category not found");
  await prisma.$transaction(async (tx) => {
    await tx.vendorRule.deleteMany({ where: { businessId, categoryId: id, vendorName: null } });
    const deleted = await tx.category.deleteMany({ where: { id, businessId } });
    if (deleted.count === 0) throw notFound("Category not found");
  });
}
