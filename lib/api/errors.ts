// The one error shape of the API: { success: false, error: "<what to do>", code: "<stable code>" }.
// Domain code throws these (or domain errors mapped in toErrorResponse); handlers never build errors.
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

export const badRequest = (message: string, code = "invalid_request") => new ApiError(400, code, message);
export const unauthorized = (message = "Sign in or send an API key: Authorization: Bearer <key>") => new ApiError(401, "unauthorized", message);
export const notFound = (message = "Not found") => new ApiError(404, "not_found", message);

// Absurdly long values are cut so a message that echoes one stays readable.
const shown = (value: string) => (value.length > 100 ? `${value.slice(0, 100)}…` : value);

/** A date parameter that is not a real calendar day in YYYY-MM-DD: names the parameter and echoes the value. */
export class InvalidDateParam extends ApiError {
  constructor(
    readonly param: string,
    readonly value: string,
  ) {
    super(400, "invalid_date", `Invalid ${param} format: '${shown(value)}'. Use YYYY-MM-DD format`);
  }
}

/** A `kind` filter outside receipt, invoice and refund: names the parameter, echoes the value, lists the kinds. */
export class InvalidKindParam extends ApiError {
  constructor(
    readonly value: string,
    kinds: readonly string[],
  ) {
    super(400, "invalid_kind", `Invalid kind: '${shown(value)}'. Use ${kinds.slice(0, -1).join(", ")} or ${kinds[kinds.length - 1]}`);
  }
}

export interface ErrorBody {
  success: false;
  error: string;
  code: string;
  [extra: string]: unknown;
}
