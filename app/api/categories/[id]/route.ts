// PATCH /api/categories/{id} – renames the category. DELETE – deletes it; its receipts become uncategorised.
import { readJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { categoryNameBody } from "@/lib/api/schemas/categories";
import { withBusiness } from "@/lib/api/with-business";
import { deleteCategory, renameCategory } from "@/lib/receipts/categories";

export const dynamic = "force-dynamic";

export const PATCH = withBusiness<{ id: string }>(async ({ request, params, prisma, business }) => {
  const { name } = await readJsonBody(request, categoryNameBody);
  return json({ success: true, category: await renameCategory(prisma, business.id, params.id, name) });
});

export const DELETE = withBusiness<{ id: string }>(async ({ params, prisma, business }) => {
  await deleteCategory(prisma, business.id, params.id);
  return json({ success: true });
});
