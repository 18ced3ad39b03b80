// Request schemas of the business endpoints.
import "server-only";
import { z } from "zod";
import { MAIL_CATEGORIES } from "@/lib/gmail/mailbox-filter";
import { displayName } from "./common";

/** The zone's canonical spelling when it names a real IANA zone (any case), else null. */
export function canonicalTimeZone(value: string): string | null {
  // Offsets such as +01:00 are not zones: the business's dates must follow daylight saving.
  if (!/^[A-Za-z]/.test(value)) return null;
  try {
    const resolved = new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
    // ICU may answer with an older alias (Asia/Kolkata → Asia/Calcutta): keep the caller's name then.
    return resolved.toLowerCase() === value.toLowerCase() ? resolved : value;
  } catch {
    return null;
  }
}

const timezone = z
  .string()
  .trim()
  .max(64)
  .transform((value, ctx) => {
    const zone = canonicalTimeZone(value);
    if (!zone) {
      ctx.addIssue({ code: "custom", message: `'${value}' is not an IANA time zone such as Europe/Berlin` });
      return z.NEVER;
    }
    return zone;
  });

/** POST /api/businesses. */
export const createBusinessBody = z.strictObject({
  name: displayName,
  timezone,
});

const wholeNumber = (what: string, min: number, max: number) =>
  z
    .number({ error: `must be a whole number of ${what} from ${min} to ${max}` })
    .int(`must be a whole number of ${what} from ${min} to ${max}`)
    .min(min, `must be a whole number of ${what} from ${min} to ${max}`)
    .max(max, `must be a whole number of ${what} from ${min} to ${max}`);

const MAX_FILTER_ENTRIES = 100;

/** A sender entry: an address, or a domain (a leading @ is dropped); compared lowercase. */
const sender = z
  .string({ error: "must be an email address or a domain" })
  .trim()
  .toLowerCase()
  .transform((v) => v.replace(/^@/, ""))
  .refine((v) => /^[^\s@"(){}]+@([a-z0-9-]+\.)+[a-z0-9-]{2,}$/.test(v) || /^([a-z0-9-]+\.)+[a-z0-9-]{2,}$/.test(v), {
    error: (issue) => `'${String(issue.input)}' is not an email address or a domain such as shop.example`,
  });

/** A Gmail label name as Gmail shows it; characters that would change the search are refused. */
const labelName = z
  .string({ error: "must be a label name" })
  .trim()
  .min(1, "a label name cannot be empty")
  .max(225, "a label name has at most 225 characters")
  .refine((v) => !/["(){}]/.test(v), { error: "a label name cannot contain quotes, parentheses or braces" });

const list = <T extends z.ZodType>(item: T, what: string) =>
  z
    .array(item, { error: `must be a list of ${what}` })
    .max(MAX_FILTER_ENTRIES, `at most ${MAX_FILTER_ENTRIES} ${what}`)
    .transform((values) => [...new Set(values)]);

/** The mailbox filters in PATCH /api/business: any of them; a list given replaces the stored one. */
export const mailboxFiltersBody = z
  .strictObject({
    include_labels: list(labelName, "labels").optional(),
    exclude_labels: list(labelName, "labels").optional(),
    allowed_senders: list(sender, "senders").optional(),
    blocked_senders: list(sender, "senders").optional(),
    excluded_categories: list(
      z.enum(MAIL_CATEGORIES, { error: `must be one of ${MAIL_CATEGORIES.join(", ")}` }),
      "categories",
    ).optional(),
    narrowed_listing: z.boolean({ error: "must be true or false" }).optional(),
  })
  .refine((f) => !(f.allowed_senders ?? []).some((s) => (f.blocked_senders ?? []).includes(s)), {
    message: "a sender cannot be both allowed and blocked",
  });

/** PATCH /api/business: the current business's settings; any of them, at least one. */
export const updateBusinessBody = z
  .strictObject({
    timezone: timezone.optional(),
    auto_sync: z.boolean({ error: "must be true or false" }).optional(),
    sync_interval_minutes: wholeNumber("minutes", 15, 1440).optional(),
    first_import_months: wholeNumber("months", 1, 60).optional(),
    mailbox_filters: mailboxFiltersBody.optional(),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), {
    message:
      "name at least one setting: timezone, auto_sync, sync_interval_minutes, first_import_months or mailbox_filters",
  });
