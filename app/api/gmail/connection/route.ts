// GET /api/gmail/connection – the business's Gmail connection (address, status, demo mailbox or not), or null.
// Read-only and token-free: only the columns below are selected.
import { json } from "@/lib/api/respond";
import { withBusiness } from "@/lib/api/with-business";

export const dynamic = "force-dynamic";

export const GET = withBusiness(async ({ prisma, business }) => {
  const row = await prisma.gmailConnection.findUnique({
    where: { businessId: business.id },
    select: { email: true, status: true, apiRootUrl: true },
  });
  const connection = row ? { email: row.email, status: row.status, demo: row.apiRootUrl !== null } : null;
  return json({ success: true, connection });
});
