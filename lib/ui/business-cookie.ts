// The cookie naming the business a browser acts for; must equal BUSINESS_COOKIE in lib/auth/caller.ts
// (not imported: that module is server-only).
export const BUSINESS_COOKIE_NAME = "rs_business";
