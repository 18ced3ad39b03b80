// Which Gmail call a request is, what it costs, and how many of each the emulator answered.

export type EmulatorRoute =
  | "profile"
  | "messages.list"
  | "messages.get"
  | "attachments.get"
  | "history.list"
  | "labels.list"
  | "token"
  | "consent"
  | "revoke"
  | "unknown";

/** Gmail's quota cost of each call, in units (per user: 250 units/s). */
export const QUOTA_UNITS: Record<EmulatorRoute, number> = {
  profile: 1,
  "messages.list": 5,
  "messages.get": 5,
  "attachments.get": 5,
  "history.list": 2,
  "labels.list": 1,
  token: 0,
  consent: 0,
  revoke: 0,
  unknown: 0,
};

export type StatusKey = number | "dropped";

export interface EmulatorStats {
  /** Requests per route, per status code (or "dropped"). */
  byRoute: Partial<Record<EmulatorRoute, Partial<Record<string, number>>>>;
  count(route?: EmulatorRoute, status?: StatusKey): number;
  reset(): void;
}

export function createStats(): EmulatorStats {
  const stats: EmulatorStats = {
    byRoute: {},
    count(route, status) {
      const routes = route ? [stats.byRoute[route] ?? {}] : Object.values(stats.byRoute);
      let n = 0;
      for (const r of routes) {
        for (const [s, c] of Object.entries(r ?? {})) if (status === undefined || s === String(status)) n += c ?? 0;
      }
      return n;
    },
    reset() {
      stats.byRoute = {};
    },
  };
  return stats;
}

export function record(stats: EmulatorStats, route: EmulatorRoute, status: StatusKey): void {
  const r = (stats.byRoute[route] ??= {});
  r[String(status)] = (r[String(status)] ?? 0) + 1;
}

export function routeOf(method: string, path: string): { route: EmulatorRoute; params: string[] } {
  if (method === "POST" && path === "/token") return { route: "token", params: [] };
  if (method === "POST" && path === "/revoke") return { route: "revoke", params: [] };
  if (method === "GET" && path === "/o/oauth2/v2/auth") return { route: "consent", params: [] };
  const m = /^\/gmail\/v1\/users\/([^/]+)\/(.+)$/.exec(path);
  if (method !== "GET" || !m || !m[1] || !m[2]) return { route: "unknown", params: [] };
  const user = decodeURIComponent(m[1]);
  const rest = m[2];
  let p: RegExpExecArray | null;
  if (rest === "profile") return { route: "profile", params: [user] };
  if (rest === "messages") return { route: "messages.list", params: [user] };
  if (rest === "history") return { route: "history.list", params: [user] };
  if (rest === "labels") return { route: "labels.list", params: [user] };
  if ((p = /^messages\/([^/]+)\/attachments\/([^/]+)$/.exec(rest)) && p[1] && p[2])
    return { route: "attachments.get", params: [user, decodeURIComponent(p[1]), decodeURIComponent(p[2])] };
  if ((p = /^messages\/([^/]+)$/.exec(rest)) && p[1])
    return { route: "messages.get", params: [user, decodeURIComponent(p[1])] };
  return { route: "unknown", params: [] };
}
