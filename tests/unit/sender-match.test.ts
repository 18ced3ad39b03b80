// Which vendor rule a sender falls under, and what a rule's sender may be.
import { describe, expect, it } from "vitest";
import { checkSenderMatch, ruleForSender, senderAddress } from "@/lib/receipts/sender-match";

const rules = ["acme.com", "mail.acme.com", "billing@acme.com", "other.org"].map((sender_match) => ({ sender_match }));
const ruleOf = (sender: string) => ruleForSender(rules, sender)?.sender_match ?? null;

describe("senderAddress", () => {
  it.each([
    ["Acme Billing <Billing@Acme.COM>", "billing@acme.com"],
    ['"Acme, Inc." <billing@acme.com>', "billing@acme.com"],
    ["  billing@acme.com ", "billing@acme.com"],
    ["Acme Billing", null],
    ["<not an address>", null],
    ["a@b", null],
  ])("reads %j as %j", (header, address) => {
    expect(senderAddress(header)).toBe(address);
  });
});

describe("ruleForSender", () => {
  it.each([
    ["Acme <billing@acme.com>", "billing@acme.com"],
    ["Acme <support@acme.com>", "acme.com"],
    ["x@mail.acme.com", "mail.acme.com"],
    ["x@eu.mail.acme.com", "mail.acme.com"],
    ["x@shop.acme.com", "acme.com"],
    ["billing@notacme.com", null],
    ["x@acme.com.evil.net", null],
    ["Other <x@other.org>", "other.org"],
    ["nobody", null],
  ])("gives %j the rule %j", (sender, rule) => {
    expect(ruleOf(sender)).toBe(rule);
  });
});

describe("checkSenderMatch", () => {
  it.each([
    [" Billing@Acme.COM ", "billing@acme.com"],
    ["@Acme.com", "acme.com"],
    ["mail.acme.co.uk", "mail.acme.co.uk"],
  ])("stores %j as %j", (input, stored) => {
    expect(checkSenderMatch(input)).toEqual({ ok: true, value: stored });
  });
  it.each(["acme", "", "a b.com", "billing@", "@", "x@y@acme.com", "acme..com", "-acme.com"])("refuses %j", (input) => {
    expect(checkSenderMatch(input).ok).toBe(false);
  });
});
