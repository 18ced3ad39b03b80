// npm start — the production server: Next.js behind the app's front door (lib/http/front-door.ts),
// which settles who the client is (TRUST_PROXY) and refuses unreadable paths before Next sees them.
import { createServer, type ServerResponse } from "node:http";
import next from "next";
import { env } from "@/lib/env";
import { isReadablePath, settleForwarding } from "@/lib/http/front-door";
import { shutdown } from "@/lib/shutdown";

const config = env();
const app = next({ dev: false, hostname: config.HOST, port: config.PORT });
const handle = app.getRequestHandler();

function refuseUnreadablePath(url: string, res: ServerResponse): void {
  const api = url.startsWith("/api/");
  res.writeHead(api ? 400 : 404, {
    "content-type": api ? "application/json" : "text/plain; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  res.end(
    api
      ? JSON.stringify({
          success: false,
          error: "The path has a percent-escape that is not UTF-8",
          code: "invalid_path",
        })
      : "Not found",
  );
}

try {
  await app.prepare();
} catch (error) {
  console.error(`Receipt Sync cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const server = createServer((req, res) => {
  settleForwarding(req.headers, req.socket.remoteAddress, config.TRUST_PROXY);
  if (!isReadablePath(req.url ?? "/")) return refuseUnreadablePath(req.url ?? "/", res);
  void handle(req, res);
});
// Next logs uncaught exceptions and carries on; a port already taken must end the process.
server.once("error", (error) => {
  console.error(`Receipt Sync cannot listen on ${config.HOST}:${config.PORT}: ${error.message}`);
  process.exit(1);
});
server.listen(config.PORT, config.HOST, () => {
  console.log(
    `Receipt Sync listening on http://${config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST}:${config.PORT}`,
  );
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  // Stop taking requests, let the in-process worker hand its runs back, then go.
  server.close();
  server.closeIdleConnections();
  const deadline = new Promise((resolve) => setTimeout(resolve, 10_000).unref());
  await Promise.race([shutdown(), deadline]);
  await app.close().catch(() => undefined);
  process.exit(0);
}
process.once("SIGTERM", () => void stop());
process.once("SIGINT", () => void stop());
