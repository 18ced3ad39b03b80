// Mailbox filters select exactly the mail they name: a range sync sends them to Gmail (the emulator's
// search), a history sync applies them to what it fetches, and both agree. The real googleapis client
// against the emulator, on a real database.
import type { gmail_v1 } from "@googleapis/gmail";
import { afterEach, describe, expect, it } from "vitest";
import { generateMailbox } from "@/lib/gmail-emulator/mailbox";
import { compileSearch } from "@/lib/gmail-emulator/search";
import { admits, mailboxQuery, NO_MAILBOX_FILTER, type MailboxFilter } from "@/lib/gmail/mailbox-filter";
import { calendarDateIn, startOfDayIn } from "@/lib/shared/calendar";
import { executeRun } from "@/lib/sync/engine";
import { updateMailboxFilter } from "@/lib/sync/mailbox-filters";
import { resolveSyncRange } from "@/lib/sync/range";
import { createSyncHarness, deliverMail, type SyncHarness } from "../support/sync-harness";

const DAY = 86_400_000;
const gmail = { retry: { baseDelayMs: 10, maxDelayMs: 200, maxAttempts: 25 } };
const PAID = "Paid Bills";
const FAMILY = "Personal/Family";

const senderOf = (m: gmail_v1.Schema$Message) => {
  const from = m.payload?.headers?.find((h) => h.name?.toLowerCase() === "from")?.value ?? "";
  return (/<([^>]+)>/.exec(from)?.[1] ?? from).toLowerCase();
};
const domainOf = (address: string) => address.slice(address.indexOf("@") + 1);

/**
 * Labels as a person might file them: every third message "Paid Bills", every fifth "Personal/Family";
 * and every fourth one Gmail put in Promotions instead of its tab, as it does with some shop receipts.
 */
function labelMessages(messages: gmail_v1.Schema$Message[]): void {
  messages.forEach((m, i) => {
    const labels = m.labelIds ?? [];
    m.labelIds = [
      ...(i % 4 === 1 ? [...labels.filter((l) => !l.startsWith("CATEGORY_")), "CATEGORY_PROMOTIONS"] : labels),
      ...(i % 3 === 0 ? [PAID] : []),
      ...(i % 5 === 0 ? [FAMILY] : []),
    ];
  });
}

/** The syncs here run without OCR (speed): receipts only in a photo are left out of what they expect. */
function readableReceipts(truth: { messageId: string }[], messages: gmail_v1.Schema$Message[]): Set<string> {
  const photo = (part: gmail_v1.Schema$MessagePart | undefined): boolean =>
    !!part && (part.mimeType?.startsWith("image/") || (part.parts ?? []).some(photo));
  const byId = new Map(messages.map((m) => [m.id!, m]));
  return new Set(truth.map((r) => r.messageId).filter((id) => byId.has(id) && !photo(byId.get(id)!.payload)));
}

describe("mailbox filters", () => {
  let h: SyncHarness;
  afterEach(async () => {
    await h?.close();
  });

  async function setUp(): Promise<void> {
    const today = Date.now() - (Date.now() % DAY);
    h = await createSyncHarness("postgres", {
      seed: 4242,
      size: 300,
      mailbox: { from: new Date(today - 40 * DAY), to: new Date(today - 1) },
    });
    labelMessages(h.mailbox.messages);
  }

  /** A filter that uses every rule: a blocked domain, an allowed sender whose mail is in Promotions. */
  function everyRule(): MailboxFilter {
    const receiptMessages = h.mailbox.truth.receipts.map((r) => h.mailbox.messages.find((x) => x.id === r.messageId)!);
    const promoted = receiptMessages
      .map(senderOf)
      .find((s, i) => receiptMessages[i]!.labelIds?.includes("CATEGORY_PROMOTIONS"));
    const blocked = receiptMessages.map(senderOf).find((s) => domainOf(s) !== domainOf(promoted ?? ""));
    expect(promoted, "the generated mailbox has a receipt in Promotions").toBeDefined();
    return {
      ...NO_MAILBOX_FILTER,
      excludeLabels: [FAMILY],
      blockedSenders: [domainOf(blocked!)],
      allowedSenders: [promoted!],
      excludedCategories: ["promotions", "social"],
    };
  }

  /** The rules in the test's own words, over the generated messages' receipts read without OCR. */
  function expectedIds(filter: MailboxFilter, messages: gmail_v1.Schema$Message[]): string[] {
    const receipts = readableReceipts(h.mailbox.truth.receipts, messages);
    return messages
      .filter((m) => {
        const sender = senderOf(m);
        const labels = m.labelIds ?? [];
        if (filter.blockedSenders.some((d) => domainOf(sender) === d || domainOf(sender).endsWith(`.${d}`)))
          return false;
        if (filter.includeLabels.length && !filter.includeLabels.some((l) => labels.includes(l))) return false;
        if (filter.excludeLabels.some((l) => labels.includes(l))) return false;
        if (filter.allowedSenders.includes(sender)) return true;
        return !filter.excludedCategories.some((c) => labels.includes(`CATEGORY_${c.toUpperCase()}`));
      })
      .map((m) => m.id!)
      .filter((id) => receipts.has(id))
      .sort();
  }

  async function sync(fromDate?: string, toDate?: string) {
    const range = await resolveSyncRange(h.db.prisma, h.business, { fromDate, toDate });
    const { run } = await h.runs.start({ businessId: h.business.id, ...range });
    const claimed = (await h.runs.claim("test-worker", run.id))!;
    await executeRun({ runs: h.runs, logger: h.logger, pageSize: 25, gmail, ocr: false }, claimed);
    return h.runs.get(h.business.id, run.id);
  }

  async function savedIds(): Promise<string[]> {
    const rows = await h.db.prisma.receipt.findMany({ where: { businessId: h.business.id } });
    return rows.map((r) => r.gmailMessageId).sort();
  }

  const fullRange = () => {
    const today = calendarDateIn(new Date(), "UTC");
    return [calendarDateIn(new Date(Date.now() - 45 * DAY), "UTC"), today] as const;
  };

  it("the Gmail query and the per-message rule select the same mail", async () => {
    await setUp();
    for (const filter of [
      everyRule(),
      { ...NO_MAILBOX_FILTER, includeLabels: [PAID] },
      { ...NO_MAILBOX_FILTER, includeLabels: [PAID, FAMILY], excludedCategories: ["updates" as const] },
      { ...everyRule(), narrowedListing: false, allowedSenders: [] },
    ]) {
      const query = mailboxQuery(filter)!;
      const byGmail = h.mailbox.messages.filter(compileSearch(query)).map((m) => m.id);
      const labelNames = new Map([PAID, FAMILY].map((l) => [l, l]));
      const byRule = h.mailbox.messages.filter((m) => admits(filter, m, labelNames)).map((m) => m.id);
      expect(byRule, query).toEqual(byGmail);
      expect(byGmail.length, query).toBeGreaterThan(0);
      expect(byGmail.length, query).toBeLessThan(h.mailbox.messages.length);
    }
  });

  it("a range sync reads only what the filter keeps: labels, categories, blocked and allowed senders", async () => {
    await setUp();
    const filter = everyRule();
    await updateMailboxFilter(h.db.prisma, h.business.id, filter);
    h.emulator.stats.reset();
    const run = await sync(...fullRange());
    expect(run.status).toBe("completed");
    const expected = expectedIds(filter, h.mailbox.messages);
    expect(expected.length).toBeGreaterThan(10);
    expect(await savedIds()).toEqual(expected);
    // Gmail did the filtering: fewer messages fetched than the mailbox holds.
    expect(h.emulator.stats.count("messages.get")).toBeLessThan(h.mailbox.messages.length * 0.9);
    // The allowed sender's receipts in Promotions are there although Promotions is excluded.
    const allowed = h.mailbox.messages.filter(
      (m) => senderOf(m) === filter.allowedSenders[0] && m.labelIds?.includes("CATEGORY_PROMOTIONS"),
    );
    expect((await savedIds()).some((id) => allowed.some((m) => m.id === id))).toBe(true);

    // Only "Paid Bills": a new filter on the next sync, and blocking a sender later keeps its receipts.
    await h.db.prisma.receipt.deleteMany({ where: { businessId: h.business.id } });
    const paid = { ...NO_MAILBOX_FILTER, includeLabels: [PAID] };
    await updateMailboxFilter(h.db.prisma, h.business.id, paid);
    await sync(...fullRange());
    expect(await savedIds()).toEqual(expectedIds(paid, h.mailbox.messages));
    const before = await savedIds();
    await updateMailboxFilter(h.db.prisma, h.business.id, { blockedSenders: filter.blockedSenders });
    await sync(...fullRange());
    expect(await savedIds()).toEqual(before);
  });

  it("a history sync applies the same filter to the new mail it fetches", async () => {
    await setUp();
    const first = await sync();
    expect(first.status).toBe("completed");
    const filter = everyRule();
    await updateMailboxFilter(h.db.prisma, h.business.id, filter);
    const startOfToday = startOfDayIn(calendarDateIn(new Date(), "UTC"), "UTC");
    const fresh = generateMailbox({ seed: 9191, size: 60, from: new Date(startOfToday), to: new Date() });
    labelMessages(fresh.messages);
    // Mail from the blocked and the allowed sender arrives too: the fresh mailbox's first receipts are theirs.
    const freshReceipts = readableReceipts(fresh.truth.receipts, fresh.messages);
    const rewrite = fresh.messages.filter((m) => freshReceipts.has(m.id!)).slice(0, 6);
    rewrite.forEach((m, i) => {
      const address = i % 2 ? `billing@${filter.blockedSenders[0]}` : filter.allowedSenders[0]!;
      const header = m.payload!.headers!.find((x) => x.name?.toLowerCase() === "from")!;
      header.value = `Shop <${address}>`;
      // No label of the person's: only the sender rules decide these.
      m.labelIds = ["INBOX", i % 2 ? "CATEGORY_UPDATES" : "CATEGORY_PROMOTIONS"];
    });
    await deliverMail(h.emulator, fresh);
    const before = new Set(await savedIds());
    h.emulator.stats.reset();
    const run = await sync();
    expect(run.status).toBe("completed");
    expect(run.mode).toBe("incremental");
    expect(h.emulator.stats.count("history.list")).toBeGreaterThan(0);
    const added = (await savedIds()).filter((id) => !before.has(id));
    const byRule = fresh.messages
      .filter((m) => admits(filter, m, new Map()))
      .map((m) => m.id!)
      .filter((id) => freshReceipts.has(id));
    // The same rule the range sync's query follows (first test): blocked senders' receipts left out,
    // the allowed sender's in Promotions kept.
    expect(added.sort()).toEqual(byRule.sort());
    expect(added).not.toContain(rewrite[1]!.id);
    expect(added).toContain(rewrite[0]!.id);
  });
});
