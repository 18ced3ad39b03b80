// The one error shape of the API: { success: false, error: "<what to do>", code: "<stable code>" }.
// ApiError is the HTTP edge's own refusal (413, 415, 429, 403 foreign origin…); domain code throws
// AppError (lib/errors.ts), which lib/api/respond.ts maps to a status.
import "server-only";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra top-level fields of the body (the 409 carries the running run's progress). */
    readonly extra: Record<string, unknown> = {},
    /** Response headers, e.g. Retry-After on a 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface ErrorBody {
  success: false;
  error: string;
  code: string;
  [extra: string]: unknown;
}
