// GET /api/categories – the business's categories by name. POST – adds one (a name it already has, in any case, is a 409).
import { readJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { categoryNameBody } from "@/lib/api/schemas/categories";
import { withBusiness } from "@/lib/api/with-business";
import { createCategory, listCategories } from "@/lib/receipts/categories";

export const dynamic = "force-dynamic";

export const GET = withBusiness(async ({ prisma, business }) => {
  return json({ success: true, categories: await listCategories(prisma, business.id) });
});

export const POST = withBusiness(async ({ request, prisma, business }) => {
  const { name } = await readJsonBody(request, categoryNameBody);
  return json({ success: true, category: await createCategory(prisma, business.id, name) }, 201);
});
