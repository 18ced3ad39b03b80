// GET /api/gmail/connect – starts "Connect Gmail": 302 to Google's consent screen (errors: back to Settings).
import { withBusiness } from "@/lib/api/with-business";
import { gmailAuthUrl } from "@/lib/gmail/oauth";
import { gmailCallbackUrl, redirectingErrorsToSettings, redirectToConsent } from "@/lib/gmail/oauth-http";

export const dynamic = "force-dynamic";

export const GET = redirectingErrorsToSettings(
  withBusiness(async ({ request, business }) => {
    const consent = gmailAuthUrl({ businessId: business.id, redirectUri: gmailCallbackUrl(request) });
    return redirectToConsent(request, consent);
  }),
);
