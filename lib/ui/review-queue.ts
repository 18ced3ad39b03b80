// The review page's keyboard and its "which item is current" rule, without React so they have unit
// tests: a key becomes an action only when nobody is typing, and an item that leaves the queue hands
// the focus to the one that took its place.

export type ReviewAction = "next" | "previous" | "confirm" | "dismiss" | "edit" | "undo" | "leave-field";

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The key went to a text field, select or other control that takes typing. */
  inField: boolean;
}

const SHORTCUTS: Record<string, ReviewAction> = {
  j: "next",
  ArrowDown: "next",
  k: "previous",
  ArrowUp: "previous",
  c: "confirm",
  d: "dismiss",
  e: "edit",
  u: "undo",
};

/** What a key press does on the review page, or null when it should do what it always does. */
export function reviewActionFor(press: KeyPress): ReviewAction | null {
  // Ctrl/Cmd/Alt combinations belong to the browser (Ctrl+C copies, Alt+← goes back).
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.inField) return press.key === "Escape" ? "leave-field" : null;
  return SHORTCUTS[press.key] ?? null;
}

/** Tags whose focus means the person is typing or choosing, so letters are theirs, not shortcuts. */
export function isTypingTarget(target: { tagName?: string; isContentEditable?: boolean } | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  return ["INPUT", "TEXTAREA", "SELECT"].includes((target.tagName ?? "").toUpperCase());
}

/** The current item after moving by `step`, kept within the queue (no wrap-around: the ends are felt). */
export function moveCurrent(ids: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (ids.length === 0) return null;
  const at = current === null ? -1 : ids.indexOf(current);
  if (at === -1) return ids[0]!;
  return ids[Math.min(ids.length - 1, Math.max(0, at + step))]!;
}

/**
 * The current item once `leaving` leaves the queue: the current one stays when another item left;
 * when the current one left, the item after it takes over, or the one before it at the end.
 */
export function currentAfterLeaving(ids: readonly string[], current: string | null, leaving: string): string | null {
  const rest = ids.filter((id) => id !== leaving);
  if (rest.length === 0) return null;
  if (current !== null && current !== leaving && rest.includes(current)) return current;
  const at = ids.indexOf(leaving);
  if (at === -1) return rest[0]!;
  return rest[Math.min(at, rest.length - 1)]!;
}

/** The item that is current: the chosen one while it is still in the queue, else the first. */
export function resolveCurrent(ids: readonly string[], chosen: string | null): string | null {
  if (chosen !== null && ids.includes(chosen)) return chosen;
  return ids[0] ?? null;
}
