// GET /api/gmail/callback – Google's redirect after consent: saves the connection, starts the first import, and
// 302 to the dashboard to watch it (or to Settings when the business has synced before).
import { withBusiness } from "@/lib/api/with-business";
import { completeGmailConnection } from "@/lib/gmail/oauth";
import {
  gmailCallbackUrl,
  redirectingErrorsToSettings,
  requireStateCookie,
  connectOutcomeRedirect,
} from "@/lib/gmail/oauth-http";
import { logger } from "@/lib/log";
import { startFirstImport } from "@/lib/sync/first-import";

export const dynamic = "force-dynamic";

export const GET = redirectingErrorsToSettings(
  withBusiness(async ({ request, searchParams, business, prisma }) => {
    const state = searchParams.get("state") ?? "";
    requireStateCookie(request, state);
    await completeGmailConnection(prisma, {
      code: searchParams.get("code"),
      state,
      error: searchParams.get("error"),
      expectedBusinessId: business.id,
      redirectUri: gmailCallbackUrl(request),
    });
    const firstImport = await startFirstImport(prisma, business.id, logger());
    return connectOutcomeRedirect(request, { gmail: "connected" }, firstImport ? "/dashboard" : "/settings");
  }),
);
