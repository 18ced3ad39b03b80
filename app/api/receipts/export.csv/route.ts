// GET /api/receipts/export.csv – the filtered receipts as CSV (same filters as the list), streamed.
import { withBusiness } from "@/lib/api/with-business";
import { csvFilename, receiptsCsvStream } from "@/lib/receipts/csv";
import { parseReceiptListParams } from "@/lib/api/schemas/receipts";

export const dynamic = "force-dynamic";

export const GET = withBusiness(async ({ searchParams, prisma, business }) => {
  // Parsed before streaming starts, so a bad filter is a 400 rather than a broken download.
  const { filters } = parseReceiptListParams(searchParams);
  return new Response(receiptsCsvStream(prisma, business, filters), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${csvFilename(filters)}"`,
      "cache-control": "private, no-store",
    },
  });
});
