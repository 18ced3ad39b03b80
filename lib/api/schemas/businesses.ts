// Request schemas of the business endpoints.
import "server-only";
import { z } from "zod";
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

/** PATCH /api/business: the current business's settings; any of them, at least one. */
export const updateBusinessBody = z
  .strictObject({
    timezone: timezone.optional(),
    auto_sync: z.boolean({ error: "must be true or false" }).optional(),
    sync_interval_minutes: wholeNumber("minutes", 15, 1440).optional(),
    first_import_months: wholeNumber("months", 1, 60).optional(),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), {
    message: "name at least one setting: timezone, auto_sync, sync_interval_minutes or first_import_months",
  });
