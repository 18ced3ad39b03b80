// GET /api/gmail/connection – the business's Gmail connection (address, status, demo mailbox or not), or null.
// Read-only and token-free.
import { json } from "@/lib/api/respond";
import { withBusiness } from "@/lib/api/with-business";
import { gmailConnectionOf } from "@/lib/gmail/connection-store";

export const dynamic = "force-dynamic";

export const GET = withBusiness(async ({ prisma, business }) => {
  return json({ success: true, connection: await gmailConnectionOf(prisma, business.id) });
});
