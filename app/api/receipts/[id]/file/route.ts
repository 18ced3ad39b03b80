// GET /api/receipts/{id}/file – the stored attachment, with its content type and a download name.
import { contentDisposition } from "@/lib/api/content-disposition";
import { withBusiness } from "@/lib/api/with-business";
import { getReceiptFile } from "@/lib/receipts/query";

export const dynamic = "force-dynamic";

export const GET = withBusiness<{ id: string }>(async ({ params, prisma, business }) => {
  const file = await getReceiptFile(prisma, business.id, params.id);
  return new Response(new Uint8Array(file.data), {
    headers: {
      "content-type": file.mimeType,
      "content-length": String(file.data.length),
      "content-disposition": contentDisposition(file.filename),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
});
