"use client";
// Switches the business every page and API call acts for: the rs_business cookie, then a full reload
// so server-rendered parts and every SWR cache start over for the new business.
import { BUSINESS_COOKIE } from "@/lib/shared/cookies";

export function BusinessSwitcher({
  current,
  businesses,
}: {
  current: string;
  businesses: { id: string; name: string }[];
}) {
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="business-switcher" className="text-sm text-slate-700">
        Business
      </label>
      <select
        id="business-switcher"
        value={current}
        onChange={(event) => {
          document.cookie = `${BUSINESS_COOKIE}=${encodeURIComponent(event.target.value)}; path=/; max-age=31536000; SameSite=Lax`;
          window.location.reload();
        }}
        className="max-w-[12rem] rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-900"
      >
        {businesses.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
    </div>
  );
}
