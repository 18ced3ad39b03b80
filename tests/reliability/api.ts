// HTTP to the web processes with node:http, so a path goes out exactly as written (fetch would
// normalise bad percent-escapes, dot segments and raw unicode before sending them).
import http from "node:http";

export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** The parsed body when it is JSON, else null. */
  json: any;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  /** Objects are sent as JSON with Content-Type: application/json; strings and buffers as they are. */
  body?: unknown;
  timeoutMs?: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export function request(port: number, path: string, options: RequestOptions = {}): Promise<HttpResult> {
  const headers: Record<string, string> = { ...options.headers };
  let payload: Buffer | undefined;
  if (options.body !== undefined) {
    if (typeof options.body === "string" || Buffer.isBuffer(options.body))
      payload = Buffer.from(options.body as string | Buffer);
    else {
      payload = Buffer.from(JSON.stringify(options.body));
      headers["content-type"] ??= "application/json";
    }
    headers["content-length"] = String(payload.length);
  }
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: options.method ?? (payload ? "POST" : "GET"),
        headers,
        agent,
        timeout: options.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json: unknown = null;
          if ((res.headers["content-type"] ?? "").includes("json")) {
            try {
              json = JSON.parse(text);
            } catch {
              json = null;
            }
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error(`request timed out: ${options.method ?? "GET"} ${path}`)));
    req.on("error", reject);
    req.end(payload);
  });
}

export interface Caller {
  port: number;
  headers: Record<string, string>;
}

/** With the API key. */
export const withKey = (port: number, apiKey: string): Caller => ({
  port,
  headers: { authorization: `Bearer ${apiKey}` },
});

/** With the session cookie, as the app's own pages send it. */
export const withSession = (port: number, cookie: string): Caller => ({
  port,
  headers: { cookie, origin: `http://127.0.0.1:${port}`, "sec-fetch-site": "same-origin" },
});

export function call(caller: Caller, path: string, options: RequestOptions = {}): Promise<HttpResult> {
  return request(caller.port, path, { ...options, headers: { ...caller.headers, ...options.headers } });
}

/** Signs in through Better Auth; returns the session cookie. */
export async function signIn(port: number, email: string, password: string): Promise<string> {
  const res = await request(port, "/api/auth/sign-in/email", {
    body: { email, password },
    headers: { origin: `http://127.0.0.1:${port}` },
  });
  const cookies = ([] as string[]).concat(res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!);
  const session = cookies.filter((c) => c.includes("session_token")).join("; ");
  if (res.status !== 200 || !session) throw new Error(`sign-in failed: ${res.status} ${res.text.slice(0, 200)}`);
  return session;
}

export interface StartSync {
  status: number;
  json: any;
}

/** POST /api/receipts/sync for a date range with the API key. */
export function startSync(caller: Caller, from: string, to: string): Promise<HttpResult> {
  return call(caller, "/api/receipts/sync", { body: { from_date: from, to_date: to } });
}
