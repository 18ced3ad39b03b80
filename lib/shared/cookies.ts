// Cookies as this app reads them, and the one cookie the browser writes itself. No server imports:
// the business switcher in the browser uses the name too.

/** The business a browser acts for; set by the business switcher, read by every request. */
export const BUSINESS_COOKIE = "rs_business";

/** One cookie's value from a Cookie header, percent-decoded when it can be; null when absent or empty. */
export function readCookie(header: string | null, name: string): string | null {
  for (const part of header?.split(";") ?? []) {
    const eq = part.indexOf("=");
    if (eq !== -1 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(value) || null;
      } catch {
        return value || null;
      }
    }
  }
  return null;
}
