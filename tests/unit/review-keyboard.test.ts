// The review page's keys act only when nobody is typing, and an item leaving the queue hands the
// focus to the item that took its place (the one before it when it was the last).
import { describe, expect, it } from "vitest";
import {
  currentAfterLeaving,
  isTypingTarget,
  moveCurrent,
  resolveCurrent,
  reviewActionFor,
} from "@/lib/ui/review-queue";

describe("reviewActionFor", () => {
  it.each([
    ["j", "next"],
    ["ArrowDown", "next"],
    ["k", "previous"],
    ["ArrowUp", "previous"],
    ["c", "confirm"],
    ["d", "dismiss"],
    ["e", "edit"],
    ["u", "undo"],
  ] as const)("%s outside a field is %s", (key, action) => {
    expect(reviewActionFor({ key, inField: false })).toBe(action);
  });

  it.each(["j", "k", "c", "d", "e", "u", "ArrowDown", "ArrowUp", "Enter", " "])(
    "%j while typing in a field is the field's, not a shortcut",
    (key) => {
      expect(reviewActionFor({ key, inField: true })).toBeNull();
    },
  );

  it("Escape leaves a field, and does nothing outside one", () => {
    expect(reviewActionFor({ key: "Escape", inField: true })).toBe("leave-field");
    expect(reviewActionFor({ key: "Escape", inField: false })).toBeNull();
  });

  it("leaves Ctrl, Cmd and Alt combinations and other keys to the browser", () => {
    expect(reviewActionFor({ key: "c", ctrlKey: true, inField: false })).toBeNull();
    expect(reviewActionFor({ key: "d", metaKey: true, inField: false })).toBeNull();
    expect(reviewActionFor({ key: "j", altKey: true, inField: false })).toBeNull();
    expect(reviewActionFor({ key: "C", inField: false })).toBeNull();
    expect(reviewActionFor({ key: "x", inField: false })).toBeNull();
    expect(reviewActionFor({ key: "Tab", inField: false })).toBeNull();
  });
});

describe("isTypingTarget", () => {
  it("is true for inputs, text areas, selects and editable content, false for buttons and items", () => {
    expect(isTypingTarget({ tagName: "INPUT" })).toBe(true);
    expect(isTypingTarget({ tagName: "textarea" })).toBe(true);
    expect(isTypingTarget({ tagName: "SELECT" })).toBe(true);
    expect(isTypingTarget({ tagName: "DIV", isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: "BUTTON" })).toBe(false);
    expect(isTypingTarget({ tagName: "ARTICLE" })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe("moveCurrent", () => {
  const ids = ["a", "b", "c"];
  it("moves one step and stops at the ends", () => {
    expect(moveCurrent(ids, "a", 1)).toBe("b");
    expect(moveCurrent(ids, "c", 1)).toBe("c");
    expect(moveCurrent(ids, "b", -1)).toBe("a");
    expect(moveCurrent(ids, "a", -1)).toBe("a");
  });
  it("starts at the first item when none (or a gone one) is current, and is null for an empty queue", () => {
    expect(moveCurrent(ids, null, 1)).toBe("a");
    expect(moveCurrent(ids, "gone", -1)).toBe("a");
    expect(moveCurrent([], null, 1)).toBeNull();
  });
});

describe("currentAfterLeaving", () => {
  const ids = ["a", "b", "c"];
  it("hands over to the next item when the current one leaves", () => {
    expect(currentAfterLeaving(ids, "a", "a")).toBe("b");
    expect(currentAfterLeaving(ids, "b", "b")).toBe("c");
  });
  it("hands over to the one before when the last item leaves", () => {
    expect(currentAfterLeaving(ids, "c", "c")).toBe("b");
  });
  it("keeps the current item when another one leaves", () => {
    expect(currentAfterLeaving(ids, "c", "a")).toBe("c");
    expect(currentAfterLeaving(ids, "a", "c")).toBe("a");
  });
  it("is null once the queue is empty", () => {
    expect(currentAfterLeaving(["a"], "a", "a")).toBeNull();
  });
});

describe("resolveCurrent", () => {
  it("is the chosen item while it is in the queue, else the first", () => {
    expect(resolveCurrent(["a", "b"], "b")).toBe("b");
    expect(resolveCurrent(["a", "b"], "gone")).toBe("a");
    expect(resolveCurrent(["a", "b"], null)).toBe("a");
    expect(resolveCurrent([], "a")).toBeNull();
  });
});
