// Typed failures of the "Connect Gmail" flow. Each is an AppError with a stable code, which the
// callback hands to Settings as `?gmail_error=<code>`; none carries a token or an authorization code.
import { AppError } from "../errors";

export class GmailOAuthNotConfigured extends AppError {
  constructor() {
    super(
      "conflict",
      "gmail_oauth_not_configured",
      "Connecting Gmail is not configured on this server: set GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET " +
        "(an OAuth client of type 'Web application' in Google Cloud Console) and restart the app",
    );
  }
}

/** The user chose Cancel on Google's consent screen (`?error=access_denied`). */
export class GmailConsentDenied extends AppError {
  constructor() {
    super(
      "forbidden",
      "gmail_access_denied",
      "Gmail was not connected: access was not allowed on Google's consent screen. Connect again and choose Allow",
    );
  }
}

/** Google redirected back with another `error` (e.g. invalid_scope, admin_policy_enforced). */
export class GmailOAuthRefused extends AppError {
  constructor(readonly oauthError: string) {
    super(
      "invalid",
      "gmail_oauth_error",
      `Google did not authorize the Gmail connection (${oauthError}): connect again`,
    );
  }
}

export type OAuthStateProblem = "malformed" | "signature" | "expired" | "other_business" | "cookie_mismatch";

/** The `state` does not prove that this browser started this connection for this business. */
export class InvalidOAuthState extends AppError {
  constructor(readonly problem: OAuthStateProblem) {
    super(
      "invalid",
      problem === "expired" ? "gmail_oauth_state_expired" : "gmail_oauth_state_invalid",
      problem === "expired"
        ? "The Gmail connection attempt expired (it has to finish within 10 minutes): connect again"
        : "The Gmail connection attempt could not be verified for this business: connect again from Settings",
    );
  }
}

/** Google's token endpoint rejected the authorization code (used, expired, wrong redirect URI). */
export class InvalidAuthorizationCode extends AppError {
  constructor(
    readonly oauthError: string,
    description: string,
  ) {
    super(
      "invalid",
      "gmail_oauth_code_invalid",
      `Google rejected the authorization code (${oauthError}${description ? `: ${description}` : ""}); connect again`,
    );
  }
}

/** Google rejected this deployment's OAuth client (wrong id or secret). */
export class GmailOAuthClientRejected extends AppError {
  constructor(readonly oauthError: string) {
    super(
      "conflict",
      "gmail_oauth_client_rejected",
      `Google rejected this server's OAuth client (${oauthError}): check GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET`,
    );
  }
}

/** Google could not be reached or answered 5xx during the exchange or the profile read. */
export class GmailOAuthUnavailable extends AppError {
  constructor(step: string) {
    super(
      "upstream_failed",
      "gmail_oauth_unavailable",
      `Google did not answer while ${step}: try connecting again in a minute`,
    );
  }
}

/** No refresh token: Google skips it when it thinks the app already has one for this account. */
export class GmailOfflineAccessMissing extends AppError {
  constructor() {
    super(
      "invalid",
      "gmail_offline_access_missing",
      "Google did not grant offline access; remove Receipt Sync from your Google account's third-party access " +
        "(https://myaccount.google.com/connections) and connect again",
    );
  }
}

/** The user unticked "Read your email" on the granular consent screen. */
export class GmailScopeMissing extends AppError {
  constructor() {
    super(
      "forbidden",
      "gmail_scope_missing",
      "Receipt Sync needs permission to read your Gmail: connect again and tick 'View your email messages and settings'",
    );
  }
}
