// Display formatting. Amounts stay decimal strings: Intl formats the string itself (no float maths
// on money), falling back to "amount CODE" for a code Intl does not know.
const MINUS = "\u2212";

/**
 * "$12.50", "−$25.00" for a refund: negatives get a real minus sign (U+2212), which screen readers
 * announce as "minus" and which is as wide as the digits, unlike a hyphen.
 */
export function formatMoney(amount: string, currency: string): string {
  let text: string;
  try {
    // Intl accepts a decimal string and keeps its precision (ES2023 "Intl.NumberFormat v3");
    // signDisplay "negative" never shows "-$0.00".
    text = new Intl.NumberFormat("en-US", { style: "currency", currency, signDisplay: "negative" }).format(
      amount as unknown as number,
    );
  } catch {
    text = `${amount} ${currency}`;
  }
  return text.replace(/^-/, MINUS);
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat("en-US").format(n);
}

/** "1 h 02 min", "3 min 05 s", "42 s" (no-break spaces: a unit never wraps away from its number). */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h > 0) return `${h}\u00a0h ${String(m).padStart(2, "0")}\u00a0min`;
  if (m > 0) return `${m}\u00a0min ${String(sec).padStart(2, "0")}\u00a0s`;
  return `${sec}\u00a0s`;
}

export function formatInstant(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD) shown as "Mar 5, 2025" without shifting it through a time zone. */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

export function formatRange(from: string | null, to: string | null): string {
  if (!from && !to) return "All dates";
  return `${from ? formatDay(from) : "…"} – ${to ? formatDay(to) : "…"}`;
}

/** "2025-03" → "Mar 2025". */
export function formatMonth(month: string): string {
  return new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}
