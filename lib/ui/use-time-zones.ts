"use client";
import { useEffect, useState } from "react";

/** IANA zones of this browser, with its own zone; filled after mount (it differs from the server's). */
export function useTimeZones(): { zones: string[]; browserZone: string } {
  const [state, setState] = useState({ zones: ["UTC"], browserZone: "UTC" });
  useEffect(() => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
    const zones = new Set(Intl.supportedValuesOf("timeZone"));
    zones.add("UTC");
    zones.add(browserZone);
    setState({ zones: [...zones].sort(), browserZone });
  }, []);
  return state;
}
