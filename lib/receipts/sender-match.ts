// Which vendor rule a receipt's sender falls under: an address rule (billing@acme.com) for that address
// only, a domain rule (acme.com) for the domain and its subdomains (x@mail.acme.com). An address rule
// beats any domain rule, and a longer domain beats a shorter one, so the most specific rule wins.
import { shown } from "../errors";
import type { Checked } from "./corrections";

const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
const DOMAIN = new RegExp(`^(?=.{1,253}$)(?:${LABEL}\\.)+${LABEL}$`);
// The local part as mail writes it, without spaces or angle brackets (quoted local parts are not matched).
const LOCAL = /^[^\s@<>"]{1,64}$/;

/** The address in a From header (`Name <addr>` or a bare address), lower-cased; null when there is none. */
export function senderAddress(header: string): string | null {
  const bracketed = /<([^<>]+)>\s*$/.exec(header);
  const address = (bracketed ? bracketed[1]! : header).trim().toLowerCase();
  const at = address.lastIndexOf("@");
  if (at <= 0 || !LOCAL.test(address.slice(0, at)) || !DOMAIN.test(address.slice(at + 1))) return null;
  return address;
}

/**
 * A rule's sender as stored: an address or a domain, lower-cased and trimmed (`@acme.com` is the domain),
 * or what is wrong with it.
 */
export function checkSenderMatch(value: string): Checked<string> {
  const text = value.trim().toLowerCase().replace(/^@/, "");
  if (text.includes("@")) {
    const address = senderAddress(text);
    if (address === text) return { ok: true, value: address };
  } else if (DOMAIN.test(text)) return { ok: true, value: text };
  return {
    ok: false,
    problem: `'${shown(value)}' is neither an address such as billing@acme.com nor a domain such as acme.com`,
  };
}

/** The rule for this sender, or null: the address's own rule, else the rule of its closest domain. */
export function ruleForSender<R extends { sender_match: string }>(rules: readonly R[], sender: string): R | null {
  const address = senderAddress(sender);
  if (!address) return null;
  const domain = address.slice(address.lastIndexOf("@") + 1);
  let best: R | null = null;
  for (const rule of rules) {
    const match = rule.sender_match;
    if (match === address) return rule;
    if (match.includes("@")) continue;
    if ((domain === match || domain.endsWith(`.${match}`)) && (!best || match.length > best.sender_match.length))
      best = rule;
  }
  return best;
}
