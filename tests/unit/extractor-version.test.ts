// saveReceipts compares extractor versions in SQL as integer arrays (string_to_array(...)::int[]), so a
// version must be dotted numbers: "2.1.0-beta" would make every re-sync of a known receipt fail.
import { describe, expect, it } from "vitest";
import { EXTRACTOR_VERSION } from "@/lib/receipts/recognition/extract";

describe("EXTRACTOR_VERSION", () => {
  it("is dotted numbers, as the re-sync rule's SQL comparison needs", () => {
    expect(EXTRACTOR_VERSION).toMatch(/^\d+(\.\d+)*$/);
  });
});
