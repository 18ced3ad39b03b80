// POST /api/gmail/disconnect – disconnects the business's Gmail and revokes the grant at Google.
// A person's decision: API keys (scripts) sync and read, they do not administer the account.
import { json } from "@/lib/api/respond";
import { withBusiness } from "@/lib/api/with-business";
import { disconnectGmail } from "@/lib/gmail/oauth";

export const dynamic = "force-dynamic";

export const POST = withBusiness(
  async ({ business, prisma }) => {
    const { revoked } = await disconnectGmail(prisma, business.id);
    return json({ success: true, status: "disconnected", token_revoked: revoked });
  },
  { sessionOnly: "Gmail is disconnected" },
);
