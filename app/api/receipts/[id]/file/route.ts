// GET /api/receipts/{id}/file – the stored attachment, with its content type and a download name.
import { withBusiness } from "@/lib/api/with-business";
import { getReceiptFile } from "@/lib/receipts/query";

export const dynamic = "force-dynamic";

function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

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
