// npm run demo — everything on one machine: the embedded database (migrated), the Gmail emulator with
// a realistic demo mailbox, a seeded business/user/API key, and the app. Prints the URL and credentials.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { gmail_v1 } from "@googleapis/gmail";
import { z } from "zod";
import { openDatabase } from "@/lib/db";
import { seedDemo } from "@/lib/demo/seed";
import { env } from "@/lib/env";
import { generateMailbox } from "@/lib/gmail-emulator/mailbox";
import { DEFAULT_REFRESH_TOKEN, startGmailEmulator } from "@/lib/gmail-emulator/server";

const demoConfig = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** The demo prints its credentials: it listens on this machine only unless told otherwise (0.0.0.0). */
    HOST: z.string().min(1).default("127.0.0.1"),
    EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    DEMO_EMAIL: z.email().default("demo@receipt-sync.local"),
    DEMO_PASSWORD: z.string().min(8, "must be at least 8 characters").default("demo-password"),
    DEMO_API_KEY: z.string().optional(),
    DEMO_MAILBOX_SIZE: z.coerce.number().int().min(10).max(50_000).default(3000),
    /** Extra latency per Gmail call, so a sync is slow enough to watch. */
    DEMO_GMAIL_LATENCY_MS: z.coerce.number().int().min(0).max(10_000).default(250),
    DEMO_SKIP_BUILD: z.enum(["0", "1"]).default("0"),
    /** Tests: a JSON file of Gmail message resources added to the generated mailbox (the e2e hostile email). */
    DEMO_EXTRA_MESSAGES: z.string().optional(),
  })
  .parse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== "")));

const DAY = 86_400_000;

function needsBuild(): boolean {
  if (demoConfig.DEMO_SKIP_BUILD === "1") return false;
  const buildId = path.join(".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const newer = (dir: string): boolean =>
    fs.existsSync(dir) &&
    fs.readdirSync(dir, { withFileTypes: true }).some((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? newer(p) : fs.statSync(p).mtimeMs > built;
    });
  return ["app", "components", "lib", "generated"].some(newer);
}

async function main() {
  const config = env();
  if (needsBuild()) {
    console.log("Building the app (next build)…");
    const build = spawnSync(path.resolve("node_modules/.bin/next"), ["build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }

  // Two years of mail up to today, so the default "last 90 days" range has something to find.
  const to = new Date(Math.ceil(Date.now() / DAY) * DAY);
  const mailbox = generateMailbox({
    seed: "receipt-sync-demo",
    size: demoConfig.DEMO_MAILBOX_SIZE,
    from: new Date(to.getTime() - 730 * DAY),
    to,
  });
  const emulator = await startGmailEmulator({
    mailbox,
    port: demoConfig.EMULATOR_PORT,
    quota: true,
    faults: demoConfig.DEMO_GMAIL_LATENCY_MS > 0 ? { slowRate: 1, slowMs: demoConfig.DEMO_GMAIL_LATENCY_MS } : {},
  });

  if (demoConfig.DEMO_EXTRA_MESSAGES) {
    const extra = JSON.parse(fs.readFileSync(demoConfig.DEMO_EXTRA_MESSAGES, "utf8")) as gmail_v1.Schema$Message[];
    for (const message of extra) emulator.addMessage(message);
  }

  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const seed = await seedDemo(db.prisma, {
    email: demoConfig.DEMO_EMAIL,
    password: demoConfig.DEMO_PASSWORD,
    apiKey: demoConfig.DEMO_API_KEY,
    mailboxEmail: "finance@northwind-studio.com",
    refreshToken: DEFAULT_REFRESH_TOKEN,
    emulatorUrl: emulator.url,
  });
  // The embedded database admits one process: hand it over to the server.
  await db.close();

  // Without a Google OAuth client, Settings' "Connect Gmail" goes through the emulator's consent page.
  if (!config.GOOGLE_CLIENT_ID && !config.GMAIL_API_ROOT_URL) {
    Object.assign(process.env, {
      GMAIL_API_ROOT_URL: emulator.url,
      GOOGLE_CLIENT_ID: "receipt-sync-demo",
      GOOGLE_CLIENT_SECRET: "receipt-sync-demo",
    });
  }

  // In the demo's own process group: whatever ends the demo's group (Ctrl-C, kill -9 of the group)
  // ends the server too, so no orphan keeps the embedded database open with its emulator gone.
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    stdio: "inherit",
    env: {
      ...process.env,
      PORT: String(demoConfig.PORT),
      HOST: demoConfig.HOST,
      DEMO_SIGN_IN_EMAIL: demoConfig.DEMO_EMAIL,
    },
  });
  const stop = async (code: number) => {
    if (server.exitCode === null) server.kill("SIGTERM");
    await emulator.close();
    process.exit(code);
  };
  process.once("SIGINT", () => void stop(0));
  process.once("SIGTERM", () => void stop(0));
  server.once("exit", (code) => void stop(code ?? 1));

  const local = demoConfig.HOST === "0.0.0.0" || demoConfig.HOST === "::" ? "127.0.0.1" : demoConfig.HOST;
  const url = `http://${local === "127.0.0.1" ? "localhost" : local}:${demoConfig.PORT}`;
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`http://${local.includes(":") ? `[${local}]` : local}:${demoConfig.PORT}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  console.log(`
  Receipt Sync demo is running: ${url}
    sign in:   ${seed.email} / ${seed.password}
    API key:   ${seed.apiKey}
    mailbox:   ${mailbox.messages.length} messages (Gmail emulator at ${emulator.url}, quota enforced)

  Try:  curl -s -X POST ${url}/api/receipts/sync -H "Authorization: Bearer ${seed.apiKey}" \\
          -H "Content-Type: application/json" -d '{"from_date":"${new Date(to.getTime() - 90 * DAY).toISOString().slice(0, 10)}","to_date":"${new Date(to.getTime() - DAY).toISOString().slice(0, 10)}"}'
  Stop with Ctrl-C.
`);
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
