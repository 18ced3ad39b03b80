// Turns anything a handler throws into the API's one error shape, with the right status.
// Nothing internal (stack, SQL, tokens) ever reaches the client: unknown errors are logged, then 500.
import "server-only";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { isTransientDatabaseError } from "../db/transient";
import { logger } from "../log";
import { SyncAlreadyRunning } from "../sync/run-store";
import { AppError, type ErrorKind } from "../errors";
import { ApiError, type ErrorBody } from "./errors";

export function json<T>(body: T, status = 200, headers?: HeadersInit): NextResponse {
  return NextResponse.json(body, { status, headers: { "cache-control": "no-store", ...headers } });
}

function describeZodError(error: ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "Invalid request";
  const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
  if (issue.code === "unrecognized_keys") return `Unknown field(s): ${issue.keys.join(", ")}`;
  return `${where}${issue.message}`;
}

export const DATABASE_RETRY_AFTER_SECONDS = 5;

const STATUS_OF: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  upstream_failed: 502,
};

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof AppError) return new ApiError(STATUS_OF[error.kind], error.code, error.message);
  if (error instanceof SyncAlreadyRunning) {
    return new ApiError(409, error.code, "Sync already in progress", {
      run_id: error.run.id,
      progress: error.progress,
    });
  }
  if (error instanceof ZodError) return new ApiError(400, "invalid_request", describeZodError(error));
  // PostgreSQL restarting or unreachable: nothing is wrong with the request, it can be sent again.
  if (isTransientDatabaseError(error)) {
    return new ApiError(
      503,
      "database_unavailable",
      "The database is unavailable for a moment. Try again shortly.",
      {},
      { "retry-after": String(DATABASE_RETRY_AFTER_SECONDS) },
    );
  }
  return new ApiError(
    500,
    "internal_error",
    "Something went wrong on our side. Try again; if it keeps failing, contact support.",
  );
}

/** The client hung up while its body was read: nothing went wrong here and nobody reads the answer. */
function isClientAbort(error: unknown, request?: Request): boolean {
  if (request?.signal.aborted) return true;
  const e = error as { message?: unknown; code?: unknown; name?: unknown } | null;
  return !!e && (e.name === "AbortError" || (e.message === "aborted" && e.code === "ECONNRESET"));
}

export function errorResponse(error: unknown, context: Record<string, unknown> = {}, request?: Request): NextResponse {
  if (isClientAbort(error, request)) {
    logger().info({ event: "API_CLIENT_ABORTED", ...context }, "client closed the request");
    return json(
      { success: false, error: "The request was aborted by the client", code: "client_aborted" } satisfies ErrorBody,
      499,
    );
  }
  const api = toApiError(error);
  if (api.status === 503) {
    logger().warn(
      {
        event: "API_DATABASE_UNAVAILABLE",
        ...context,
        err: error instanceof Error ? error.message.split("\n")[0] : String(error),
      },
      "database unavailable",
    );
  } else if (api.status >= 500) {
    logger().error(
      {
        event: "API_ERROR",
        ...context,
        err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error),
      },
      "unhandled API error",
    );
  }
  const body: ErrorBody = { success: false, error: api.message, code: api.code, ...api.extra };
  return json(body, api.status, api.headers);
}
