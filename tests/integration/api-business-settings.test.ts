// PATCH /api/business: a signed-in user changes the business's time zone; keys and bad zones cannot.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as readBusiness, PATCH as updateBusiness } from "@/app/api/business/route";
import { GET as syncStatusGet } from "@/app/api/receipts/sync/status/route";
import { mailboxFilters } from "@/lib/api/schemas/responses";
import { call, expectError, seedBusiness, type SeededBusiness, useApiDatabase } from "../support/api-harness";

describe("business settings", () => {
  const db = useApiDatabase("postgres");
  let a: SeededBusiness;
  beforeAll(async () => {
    a = await seedBusiness(db.prisma, { session: true });
  });

  it("changes the time zone for a signed-in user, in its canonical spelling", async () => {
    const response = await call(updateBusiness, "/api/business", {
      method: "PATCH",
      headers: a.session,
      body: { timezone: "america/new_york" },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ success: true, business: { id: a.id, timezone: "America/New_York" } });
    expect((await db.prisma.business.findUniqueOrThrow({ where: { id: a.id } })).timezone).toBe("America/New_York");
  });

  it("rejects offsets, unknown zones, unknown fields and API-key callers", async () => {
    expectError(
      await call(updateBusiness, "/api/business", {
        method: "PATCH",
        headers: a.session,
        body: { timezone: "+01:00" },
      }),
      400,
      { error: "timezone: '+01:00' is not an IANA time zone such as Europe/Berlin", code: "invalid_request" },
    );
    expect(
      (
        await call(updateBusiness, "/api/business", {
          method: "PATCH",
          headers: a.session,
          body: { timezone: "Mars/Olympus" },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call(updateBusiness, "/api/business", {
          method: "PATCH",
          headers: a.session,
          body: { timezone: "UTC", name: "x" },
        })
      ).status,
    ).toBe(400);
    expectError(
      await call(updateBusiness, "/api/business", { method: "PATCH", headers: a.bearer, body: { timezone: "UTC" } }),
      403,
      {
        error: "Business settings are changed in Settings by a signed-in user, not with an API key",
        code: "forbidden",
      },
    );
  });
});

describe("automatic sync settings", () => {
  const db = useApiDatabase("postgres");
  let a: SeededBusiness;
  let b: SeededBusiness;
  beforeAll(async () => {
    a = await seedBusiness(db.prisma, { session: true, gmail: true });
    b = await seedBusiness(db.prisma, { session: true, gmail: false });
  });
  const patch = (who: SeededBusiness, body: unknown) =>
    call(updateBusiness, "/api/business", { method: "PATCH", headers: who.session, body });
  const status = async (who: SeededBusiness) =>
    (await call(syncStatusGet, "/api/receipts/sync/status", { headers: who.bearer })).body as {
      schedule: { enabled: boolean; interval_minutes: number; next_sync_at: string; paused_reason: string | null };
      gmail: { status: string; reconnect_url: string | null };
    };

  it("reads the defaults, changes interval, months and on/off, and the status response carries the schedule", async () => {
    const read = await call(readBusiness, "/api/business", { headers: a.bearer });
    expect(read.body).toMatchObject({
      success: true,
      business: { id: a.id, auto_sync: true, sync_interval_minutes: 60, first_import_months: 12 },
    });
    expect((await status(a)).schedule).toMatchObject({ enabled: true, interval_minutes: 60, paused_reason: null });

    const changed = await patch(a, { sync_interval_minutes: 15, first_import_months: 24 });
    expect(changed.body).toMatchObject({ business: { sync_interval_minutes: 15, first_import_months: 24 } });
    // A shorter interval brings the next run to at most one new interval away.
    const next = new Date((await status(a)).schedule.next_sync_at).getTime();
    expect(next - Date.now()).toBeLessThanOrEqual(15 * 60_000);

    await patch(a, { auto_sync: false });
    expect((await status(a)).schedule).toMatchObject({ enabled: false, paused_reason: "disabled" });
    await patch(a, { auto_sync: true });
    expect((await status(a)).schedule.paused_reason).toBeNull();
    expect((await status(a)).gmail).toEqual({ status: "active", reconnect_url: null });
    await db.prisma.gmailConnection.update({ where: { businessId: a.id }, data: { status: "needs_reauth" } });
    expect((await status(a)).schedule.paused_reason).toBe("gmail_needs_reauth");
    // The status says so to API callers too, with where a person reconnects, even with automatic sync off.
    await patch(a, { auto_sync: false });
    expect((await status(a)).gmail).toEqual({ status: "needs_reauth", reconnect_url: "/api/gmail/connect" });
    await patch(a, { auto_sync: true });
    // Another business's settings are its own; without Gmail its schedule is paused as disconnected.
    expect((await status(b)).schedule).toMatchObject({ interval_minutes: 60, paused_reason: "gmail_disconnected" });
    expect((await status(b)).gmail).toEqual({ status: "not_connected", reconnect_url: null });
  });

  it.each([
    [{ sync_interval_minutes: 14 }, "sync_interval_minutes: must be a whole number of minutes from 15 to 1440"],
    [{ sync_interval_minutes: 1441 }, "sync_interval_minutes: must be a whole number of minutes from 15 to 1440"],
    [{ sync_interval_minutes: 30.5 }, "sync_interval_minutes: must be a whole number of minutes from 15 to 1440"],
    [{ sync_interval_minutes: "60" }, "sync_interval_minutes: must be a whole number of minutes from 15 to 1440"],
    [{ first_import_months: 0 }, "first_import_months: must be a whole number of months from 1 to 60"],
    [{ first_import_months: 61 }, "first_import_months: must be a whole number of months from 1 to 60"],
    [{ auto_sync: "yes" }, "auto_sync: must be true or false"],
  ])("refuses %o with a 400 naming the field", async (body, error) => {
    expectError(await patch(a, body), 400, { error, code: "invalid_request" });
  });

  it("reads and changes the mailbox filters; bad senders, labels, categories and contradictions get a 400 naming them", async () => {
    const read = await call(readBusiness, "/api/business", { headers: a.bearer });
    mailboxFilters.parse(read.body.business.mailbox_filters);
    expect(read.body.business.mailbox_filters).toEqual({
      include_labels: [],
      exclude_labels: [],
      allowed_senders: [],
      blocked_senders: [],
      excluded_categories: [],
      narrowed_listing: false,
    });
    const changed = await call(updateBusiness, "/api/business", {
      method: "PATCH",
      headers: a.session,
      body: {
        mailbox_filters: {
          exclude_labels: ["Personal/Family"],
          blocked_senders: ["@News.Example.com", "promo@shop.example", "promo@shop.example"],
          excluded_categories: ["promotions"],
        },
      },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.business.mailbox_filters).toMatchObject({
      exclude_labels: ["Personal/Family"],
      blocked_senders: ["news.example.com", "promo@shop.example"],
      excluded_categories: ["promotions"],
      include_labels: [],
    });
    // A later change names only what changes; the rest is kept.
    const narrowed = await call(updateBusiness, "/api/business", {
      method: "PATCH",
      headers: a.session,
      body: { mailbox_filters: { narrowed_listing: true } },
    });
    expect(narrowed.body.business.mailbox_filters).toMatchObject({
      narrowed_listing: true,
      blocked_senders: ["news.example.com", "promo@shop.example"],
    });
    const bad = async (mailbox_filters: unknown) =>
      call(updateBusiness, "/api/business", { method: "PATCH", headers: a.session, body: { mailbox_filters } });
    expectError(await bad({ blocked_senders: ["not a sender"] }), 400, {
      error:
        "mailbox_filters.blocked_senders.0: 'not a sender' is not an email address or a domain such as shop.example",
      code: "invalid_request",
    });
    expect((await bad({ excluded_categories: ["spam"] })).body.error).toMatch(
      /^mailbox_filters\.excluded_categories\.0: must be one of promotions, social, updates, forums/,
    );
    expect((await bad({ include_labels: ['Bills") OR (x'] })).body.error).toMatch(/quotes, parentheses or braces/);
    expect((await bad({ allowed_senders: ["shop.example"], blocked_senders: ["shop.example"] })).body.error).toMatch(
      /both allowed and blocked/,
    );
    expect((await bad({ unknown: true })).status).toBe(400);
    const after = await call(readBusiness, "/api/business", { headers: a.bearer });
    expect(after.body.business.mailbox_filters.blocked_senders).toEqual(["news.example.com", "promo@shop.example"]);
  });
});
