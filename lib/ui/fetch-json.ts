// fetch for the browser: JSON in and out, and the API's `{ error }` message surfaced as an Error.
export const SERVER_UNREACHABLE = "The server cannot be reached. Check your connection and try again.";

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The whole error body (the 409 of a running sync carries run_id and progress). */
    readonly body: Record<string, unknown> | null,
  ) {
    super(message);
  }
}

/** The words to show for a failed response: the API's `error` text, else the status line. */
export function errorMessageOf(status: number, statusText: string, body: Record<string, unknown> | null): string {
  return typeof body?.error === "string" ? body.error : `Request failed (${status} ${statusText})`;
}

/** The words to show for anything an action threw. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A request that never got an answer (offline, server down) becomes an ApiRequestError with status 0.
 * fetch throws a bare TypeError then; Better Auth's client lets that through too.
 */
export async function reachServer<T>(request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch {
    throw new ApiRequestError(0, SERVER_UNREACHABLE, null);
  }
}

export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await reachServer(
    fetch(url, {
      ...init,
      headers: {
        accept: "application/json",
        ...(init?.body ? { "content-type": "application/json" } : {}),
        ...init?.headers,
      },
    }),
  );
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok) {
    throw new ApiRequestError(response.status, errorMessageOf(response.status, response.statusText, body), body);
  }
  return body as T;
}

/** SWR's fetcher: GET the key. */
export const swrFetcher = <T>(url: string) => fetchJson<T>(url);
