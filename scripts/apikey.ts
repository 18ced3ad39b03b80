// npm run apikey -- --business <id> [--name <name>]
// Creates an API key for a business and prints it once on stdout (the note goes to stderr, so
// `KEY=$(npm run -s apikey -- --business …)` captures the key alone). Only its hash is stored.
import { parseArgs } from "node:util";
import { createApiKey } from "@/lib/auth/api-keys";
import { closeDatabase, getDatabase } from "@/lib/db";

process.env.LOG_LEVEL ??= "warn";

const USAGE = "usage: npm run apikey -- --business <id> [--name <name>]";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fail(message: string): never {
  console.error(`apikey: ${message}`);
  process.exit(1);
}

let args: { business?: string; name?: string };
try {
  args = parseArgs({ options: { business: { type: "string" }, name: { type: "string" } } }).values;
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const businessId = args.business?.trim();
if (!businessId) fail(`--business is required\n${USAGE}`);
const name = args.name?.trim() || "API key";
if (name.length > 100) fail("--name must be at most 100 characters");

try {
  const { prisma } = await getDatabase();
  const business = UUID.test(businessId)
    ? await prisma.business.findUnique({ where: { id: businessId }, select: { id: true, name: true } })
    : null;
  if (business) {
    const created = await createApiKey(prisma, business.id, name);
    console.log(created.key);
    console.error(
      `API key "${name}" (${created.prefix}…) for ${business.name}: store it now, it cannot be shown again.`,
    );
  } else {
    console.error(`apikey: Business ${businessId} not found`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`apikey: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  // Releases the embedded database's lock before the process ends.
  await closeDatabase().catch(() => {});
}
