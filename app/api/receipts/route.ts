// GET /api/receipts – the business's receipts: date range (from_date/to_date or fromDate/toDate),
// search, currency, kind, sort, keyset pagination, and totals per currency (net of refunds) over the filtered set.
import { rawDateParams } from "@/lib/api/date-params";
import { json } from "@/lib/api/respond";
import { withBusiness } from "@/lib/api/with-business";
import { logger } from "@/lib/log";
import { parseReceiptListParams } from "@/lib/api/schemas/receipts";
import { listReceipts } from "@/lib/receipts/query";

export const dynamic = "force-dynamic";

export const GET = withBusiness(async ({ searchParams, prisma, business }) => {
  // Date bugs are reported as "I asked for March and got February": log what came in and what was used.
  const log = logger().child({ business_id: business.id, route: "GET /api/receipts" });
  log.info({ event: "RAW PARAMS", params: rawDateParams(searchParams) }, "RAW PARAMS");
  const { filters, page } = parseReceiptListParams(searchParams);
  log.info(
    {
      event: "PARSED",
      from_date: filters.fromDate,
      to_date: filters.toDate,
      timezone: business.timezone,
      kind: filters.kind,
      sort: filters.sort,
    },
    "PARSED",
  );
  const result = await listReceipts(prisma, business, filters, page);
  return json({ success: true, ...result });
});
