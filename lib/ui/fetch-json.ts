// fetch for the browser: JSON in and out, and the API's `{ error }` message surfaced as an Error.
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

export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: {
        accept: "application/json",
        ...(init?.body ? { "content-type": "application/json" } : {}),
        ...init?.headers,
      },
    });
  } catch {
    throw new ApiRequestError(0, "The server cannot be reached. Check your connection and try again.", null);
  }
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok) {
    const message =
      typeof body?.error === "string" ? body.error : `Request failed (${response.status} ${response.statusText})`;
    throw new ApiRequestError(response.status, message, body);
  }
  return body as T;
}

/** SWR's fetcher: GET the key. */
export const swrFetcher = <T>(url: string) => fetchJson<T>(url);
