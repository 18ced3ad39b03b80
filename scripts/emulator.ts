// `npm run emulator`: serve a generated mailbox over the Gmail API for the demo and benchmarks.
//   npm run emulator -- --port 8025 --seed 42 --size 2000 --truth .data/truth.json --faults rate429=0.05,slowRate=0.1
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { generateMailbox } from "../lib/gmail-emulator/mailbox";
import { DEFAULT_REFRESH_TOKEN, startGmailEmulator, type FaultRates } from "../lib/gmail-emulator/server";

const FAULT_KEYS = [
  "rate429",
  "rate403",
  "rate500",
  "rate503",
  "dropRate",
  "expireTokenRate",
  "slowRate",
  "slowMs",
] as const;

const HELP = `Gmail emulator for Receipt Sync

Options:
  --port <n>            port to listen on (default 8025; 0 picks a free one)
  --host <addr>         address to bind (default 127.0.0.1)
  --seed <n>            mailbox and fault seed (default 42)
  --size <n>            number of messages (default 500)
  --from <YYYY-MM-DD>   oldest message date (default: the generator's)
  --to <YYYY-MM-DD>     newest message date (default: the generator's)
  --quota on|off        enforce Gmail's 250 units/s per-user quota (default on)
  --faults <list>       e.g. rate429=0.05,rate503=0.02,slowRate=0.1,slowMs=2000
                        kinds: ${FAULT_KEYS.join(", ")}
  --refresh-token <t>   refresh token the token endpoint accepts (default ${DEFAULT_REFRESH_TOKEN})
  --token-ttl <s>       access token lifetime in seconds (default 3600)
  --email <addr>        mailbox address (default finance@northwind-studio.com)
  --truth <path>        write the generator's ground truth as JSON: the expected receipts with
                        kind (receipt | invoice | refund; refunds negative), language and layout
`;

const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
  .transform((d) => new Date(`${d}T00:00:00Z`));

const rate = z.coerce.number().min(0).max(1);

const faultList = z.string().transform((raw, ctx): FaultRates => {
  const rates: FaultRates = {};
  for (const item of raw.split(",").filter(Boolean)) {
    const [key, value] = item.split("=");
    if (!FAULT_KEYS.includes(key as (typeof FAULT_KEYS)[number]) || value === undefined) {
      ctx.addIssue({ code: "custom", message: `unknown fault '${item}' (kinds: ${FAULT_KEYS.join(", ")})` });
      return z.NEVER;
    }
    const parsed = key === "slowMs" ? z.coerce.number().int().min(0).safeParse(value) : rate.safeParse(value);
    if (!parsed.success) {
      ctx.addIssue({
        code: "custom",
        message: `${key} must be ${key === "slowMs" ? "a whole number of ms" : "between 0 and 1"}`,
      });
      return z.NEVER;
    }
    rates[key as keyof FaultRates] = parsed.data;
  }
  return rates;
});

const flagsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(8025),
  host: z.string().default("127.0.0.1"),
  seed: z.coerce.number().int().default(42),
  size: z.coerce.number().int().min(0).default(500),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  quota: z.enum(["on", "off"]).default("on"),
  faults: faultList.default({}),
  "refresh-token": z.string().min(1).default(DEFAULT_REFRESH_TOKEN),
  "token-ttl": z.coerce.number().int().min(1).default(3600),
  email: z.string().email().default("finance@northwind-studio.com"),
  truth: z.string().optional(),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      host: { type: "string" },
      seed: { type: "string" },
      size: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      quota: { type: "string" },
      faults: { type: "string" },
      "refresh-token": { type: "string" },
      "token-ttl": { type: "string" },
      email: { type: "string" },
      truth: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const parsed = flagsSchema.safeParse(values);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  --${String(i.path[0])}: ${i.message}`);
    process.stderr.write(`Invalid options:\n${lines.join("\n")}\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  const flags = parsed.data;

  const mailbox = generateMailbox({
    seed: flags.seed,
    size: flags.size,
    ...(flags.from ? { from: flags.from } : {}),
    ...(flags.to ? { to: flags.to } : {}),
  });
  if (flags.truth) {
    await mkdir(path.dirname(path.resolve(flags.truth)), { recursive: true });
    await writeFile(flags.truth, JSON.stringify(mailbox.truth, null, 2));
  }

  const emulator = await startGmailEmulator({
    mailbox,
    emailAddress: flags.email,
    refreshTokens: [flags["refresh-token"]],
    quota: flags.quota === "on",
    faults: flags.faults,
    seed: flags.seed,
    accessTokenTtlSeconds: flags["token-ttl"],
    port: flags.port,
    host: flags.host,
  });

  const faults =
    Object.entries(flags.faults)
      .map(([k, v]) => `${k}=${v}`)
      .join(",") || "none";
  process.stdout.write(
    [
      `Gmail emulator listening on ${emulator.url}`,
      `  token endpoint: ${emulator.tokenUrl}`,
      `  refresh token:  ${flags["refresh-token"]}   (any client id / secret is accepted)`,
      `  mailbox:        ${mailbox.messages.length} messages for ${flags.email} (seed ${flags.seed})`,
      `  quota:          ${flags.quota === "on" ? "250 units/s enforced" : "off"}; faults: ${faults}`,
      ...(flags.truth ? [`  ground truth:   ${path.resolve(flags.truth)}`] : []),
      "",
    ].join("\n"),
  );

  const stop = () => {
    process.stdout.write(`requests by route and status: ${JSON.stringify(emulator.stats.byRoute)}\n`);
    emulator.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`emulator failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
