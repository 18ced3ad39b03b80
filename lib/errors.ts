// The errors domain code throws, named by what went wrong rather than by transport: a stable `code`
// for clients and a message that says what to do. The HTTP edge (lib/api/respond.ts) maps each kind to
// a status; scripts print the message. Domain code never imports from lib/api.
export type ErrorKind = "invalid" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "upstream_failed";

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, code = "invalid_request") => new AppError("invalid", code, message);
export const unauthorized = (message = "Sign in or send an API key: Authorization: Bearer <key>") =>
  new AppError("unauthenticated", "unauthorized", message);
export const forbidden = (message: string, code = "forbidden") => new AppError("forbidden", code, message);
export const notFound = (message = "Not found") => new AppError("not_found", "not_found", message);
export const conflict = (message: string, code: string) => new AppError("conflict", code, message);

// Absurdly long values are cut so a message that echoes one stays readable.
export const shown = (value: string) => (value.length > 100 ? `${value.slice(0, 100)}…` : value);

/** "a, b or c": the allowed values as a message lists them. */
export const oneOf = (values: readonly string[]) => `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;

/** A date parameter that is not a real calendar day in YYYY-MM-DD: names the parameter and echoes the value. */
export class InvalidDateParam extends AppError {
  constructor(
    readonly param: string,
    readonly value: string,
  ) {
    super("invalid", "invalid_date", `Invalid ${param} format: '${shown(value)}'. Use YYYY-MM-DD format`);
  }
}

/** A `kind` filter outside receipt, invoice and refund: names the parameter, echoes the value, lists the kinds. */
export class InvalidKindParam extends AppError {
  constructor(
    readonly value: string,
    kinds: readonly string[],
  ) {
    super("invalid", "invalid_kind", `Invalid kind: '${shown(value)}'. Use ${oneOf(kinds)}`);
  }
}

/** A `review_status` filter outside auto, needs_review and confirmed: names the parameter, echoes the value. */
export class InvalidReviewStatusParam extends AppError {
  constructor(
    readonly value: string,
    statuses: readonly string[],
  ) {
    super("invalid", "invalid_review_status", `Invalid review_status: '${shown(value)}'. Use ${oneOf(statuses)}`);
  }
}

/** A parameter sent more than once (?kind=a&kind=b, or a JSON array where one value belongs): no pick is right. */
export class RepeatedParam extends AppError {
  constructor(
    readonly param: string,
    readonly count: number,
  ) {
    super("invalid", "invalid_request", `${param} was given ${count} times; give it once`);
  }
}
