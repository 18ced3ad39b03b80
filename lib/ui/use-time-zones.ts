"use client";
import { useSyncExternalStore } from "react";

interface TimeZones {
  zones: string[];
  browserZone: string;
}

/** What the server renders: it cannot know the browser's zone, so hydration starts from UTC alone. */
const ON_SERVER: TimeZones = { zones: ["UTC"], browserZone: "UTC" };
let inBrowser: TimeZones | null = null;

// The zones never change while the page is open; read once and hand React the same object every time.
function readBrowserZones(): TimeZones {
  if (!inBrowser) {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
    const zones = new Set(Intl.supportedValuesOf("timeZone"));
    zones.add("UTC");
    zones.add(browserZone);
    inBrowser = { zones: [...zones].sort(), browserZone };
  }
  return inBrowser;
}

const neverChanges = () => () => {};

/** IANA zones of this browser, with its own zone; UTC on the server and during hydration. */
export function useTimeZones(): TimeZones {
  return useSyncExternalStore(neverChanges, readBrowserZones, () => ON_SERVER);
}
