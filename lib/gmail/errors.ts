// Typed Gmail failures. Each has a stable `code` the sync engine and the API map to messages,
// and none carries tokens or message content.

export abstract class GmailError extends Error {
  abstract readonly code: string;
  /** True when retrying cannot help (the run should fail or take another path). */
  abstract readonly permanent: boolean;
}

/** The refresh token was revoked or expired: the business has to reconnect Gmail. */
export class GmailAuthError extends GmailError {
  readonly code = "GMAIL_AUTH_REVOKED";
  readonly permanent = true;
  constructor(
    readonly oauthError = "invalid_grant",
    message = `Gmail access was revoked or expired; reconnect Gmail (${oauthError})`,
  ) {
    super(message);
    this.name = "GmailAuthError";
  }
}

/** A 4xx Gmail will answer the same way every time (bad request, not found, forbidden). */
export class GmailPermanentError extends GmailError {
  readonly code: string = "GMAIL_PERMANENT";
  readonly permanent = true;
  constructor(
    readonly operation: string,
    readonly status: number,
    readonly reason: string | undefined,
    detail: string,
  ) {
    super(`Gmail ${operation} failed${status ? ` with ${status}` : ""}${reason ? ` ${reason}` : ""}: ${detail}`);
    this.name = "GmailPermanentError";
  }
}

/** messages.get / attachments.get 404: the message was deleted between listing and fetching. */
export class GmailNotFoundError extends GmailPermanentError {
  override readonly code = "GMAIL_NOT_FOUND";
  constructor(operation: string, detail: string) {
    super(operation, 404, "notFound", detail);
    this.name = "GmailNotFoundError";
  }
}

/** history.list 404: the start history id is past Gmail's retention; fall back to a range sync. */
export class GmailHistoryExpiredError extends GmailError {
  readonly code = "GMAIL_HISTORY_EXPIRED";
  readonly permanent = true;
  constructor(readonly startHistoryId: string) {
    super(`Gmail history from ${startHistoryId} is no longer available; a full sync is needed`);
    this.name = "GmailHistoryExpiredError";
  }
}

/** Transient failures went on past the attempt budget. */
export class GmailRetriesExhaustedError extends GmailError {
  readonly code = "GMAIL_RETRIES_EXHAUSTED";
  readonly permanent = false;
  constructor(
    readonly operation: string,
    readonly attempts: number,
    readonly lastReason: string,
  ) {
    super(`Gmail ${operation} still failing after ${attempts} attempts (last: ${lastReason})`);
    this.name = "GmailRetriesExhaustedError";
  }
}
