// schema.org markup that senders embed for mail clients (JSON-LD or microdata): Order, Invoice,
// reservations and ParcelDelivery. When present and coherent it says what the mail is, for how much,
// from whom and when, better than any reading of the layout.
import type { Document, Element, ChildNode } from "domhandler";
import { findDates } from "./dates";
import { isIsoCode } from "./currency";
import { normaliseAmount } from "./money";

type Json = Record<string, unknown>;

export interface StructuredFacts {
  type: "order" | "invoice" | "reservation" | "delivery";
  /** What the status says about money: paid, payable, not yet, refunded, or nothing known. */
  standing: "paid" | "payable" | "unpaid" | "refunded" | "cancelled" | "unknown";
  vendor?: string;
  amount?: string;
  currency?: string;
  date?: string;
  reason: string;
}

const isElement = (n: ChildNode): n is Element => n.type === "tag" || n.type === "script";
const MAX_ITEMS = 50;

function textOf(node: ChildNode, depth = 0): string {
  if (depth > 100) return "";
  if (node.type === "text") return node.data;
  if (!isElement(node)) return "";
  return node.children.map((c) => textOf(c, depth + 1)).join("");
}

function jsonLd(dom: Document): Json[] {
  const out: Json[] = [];
  const visit = (node: ChildNode, depth: number) => {
    if (depth > 100 || out.length > MAX_ITEMS || !isElement(node)) return;
    if (node.name === "script" && /ld\+json/i.test(node.attribs.type ?? "")) {
      try {
        const parsed: unknown = JSON.parse(textOf(node).trim());
        const items = Array.isArray(parsed) ? parsed : [parsed];
        for (const item of items) {
          if (item && typeof item === "object") {
            const graph = (item as Json)["@graph"];
            if (Array.isArray(graph)) out.push(...graph.filter((g): g is Json => Boolean(g) && typeof g === "object"));
            else out.push(item as Json);
          }
        }
      } catch {
        // Broken markup is ignored; the layout still speaks.
      }
      return;
    }
    for (const child of node.children) visit(child, depth + 1);
  };
  for (const child of dom.children) visit(child, 0);
  return out;
}

function microdataValue(el: Element): unknown {
  if (el.attribs.itemscope !== undefined) return microdataItem(el);
  return el.attribs.content ?? el.attribs.datetime ?? el.attribs.href ?? el.attribs.src ?? textOf(el).trim();
}

function microdataItem(scope: Element): Json {
  const item: Json = { "@type": (scope.attribs.itemtype ?? "").split(/\s+/)[0] ?? "" };
  const visit = (node: ChildNode, depth: number) => {
    if (depth > 60 || !isElement(node)) return;
    const prop = node.attribs.itemprop;
    if (prop) {
      for (const name of prop.split(/\s+/)) item[name] ??= microdataValue(node);
      if (node.attribs.itemscope !== undefined) return;
    } else if (node.attribs.itemscope !== undefined) return;
    for (const child of node.children) visit(child, depth + 1);
  };
  for (const child of scope.children) visit(child, 0);
  return item;
}

function microdata(dom: Document): Json[] {
  const out: Json[] = [];
  const visit = (node: ChildNode, depth: number) => {
    if (depth > 100 || out.length > MAX_ITEMS || !isElement(node)) return;
    if (node.attribs.itemscope !== undefined && node.attribs.itemprop === undefined) {
      out.push(microdataItem(node));
      return;
    }
    for (const child of node.children) visit(child, depth + 1);
  };
  for (const child of dom.children) visit(child, 0);
  return out;
}

const typeOf = (item: Json) => String(item["@type"] ?? "").replace(/^https?:\/\/schema\.org\//i, "");
const enumOf = (value: unknown) => String(value ?? "").replace(/^https?:\/\/schema\.org\//i, "");
const nameOf = (value: unknown): string | undefined => {
  if (typeof value === "string") return value.trim() || undefined;
  if (value && typeof value === "object") return nameOf((value as Json).name);
  return undefined;
};

function priceOf(value: unknown): { amount?: string; currency?: string } {
  if (value === undefined || value === null) return {};
  if (typeof value === "string" || typeof value === "number") {
    const normalised = normaliseAmount(String(value).replace(/^(\d+)\.(\d{3,})$/, "$1"));
    return normalised ? { amount: normalised.amount } : {};
  }
  if (typeof value === "object") {
    const spec = value as Json;
    const inner = priceOf(spec.price ?? spec.value);
    const currency = String(spec.priceCurrency ?? spec.currency ?? "").toUpperCase();
    return { ...inner, ...(isIsoCode(currency) ? { currency } : {}) };
  }
  return {};
}

function dateOf(value: unknown): string | undefined {
  return typeof value === "string" ? findDates(value)[0]?.date : undefined;
}

const ORDER_STANDING: Record<string, StructuredFacts["standing"]> = {
  OrderPaymentDue: "unpaid",
  OrderProcessing: "paid",
  OrderDelivered: "paid",
  OrderInTransit: "paid",
  OrderPickupAvailable: "paid",
  OrderProblem: "unknown",
  OrderReturned: "refunded",
  OrderCancelled: "cancelled",
};
const INVOICE_STANDING: Record<string, StructuredFacts["standing"]> = {
  PaymentComplete: "paid",
  PaymentAutomaticallyApplied: "paid",
  PaymentDue: "payable",
  PaymentPastDue: "payable",
  PaymentDeclined: "unpaid",
};

function factsOf(item: Json): StructuredFacts | undefined {
  const type = typeOf(item);
  if (type === "Order") {
    const price = priceOf(
      item.price !== undefined
        ? { price: item.price, priceCurrency: item.priceCurrency }
        : (item.priceSpecification ?? item.totalPaymentDue ?? item.totalPrice),
    );
    const status = enumOf(item.orderStatus);
    return {
      type: "order",
      standing: ORDER_STANDING[status] ?? "unknown",
      ...withValue("vendor", nameOf(item.merchant ?? item.seller ?? item.broker)),
      ...price,
      ...withValue("date", dateOf(item.orderDate)),
      reason: `schema.org Order${status ? ` (${status})` : ""}`,
    };
  }
  if (type === "Invoice") {
    const status = enumOf(item.paymentStatus);
    return {
      type: "invoice",
      standing: INVOICE_STANDING[status] ?? "payable",
      ...withValue("vendor", nameOf(item.provider ?? item.broker ?? item.seller)),
      ...priceOf(item.totalPaymentDue ?? item.minimumPaymentDue),
      ...withValue(
        "date",
        dateOf(item.dateCreated ?? item.datePublished ?? (item.referencesOrder as Json | undefined)?.orderDate),
      ),
      reason: `schema.org Invoice${status ? ` (${status})` : ""}`,
    };
  }
  if (/Reservation$/.test(type)) {
    const status = enumOf(item.reservationStatus);
    return {
      type: "reservation",
      standing:
        status === "ReservationCancelled" ? "cancelled" : status === "ReservationPending" ? "unpaid" : "unknown",
      ...withValue("vendor", nameOf(item.provider ?? item.broker ?? item.reservationFor)),
      ...priceOf(
        item.totalPrice !== undefined
          ? { price: item.totalPrice, priceCurrency: item.priceCurrency }
          : item.priceSpecification,
      ),
      ...withValue("date", dateOf(item.bookingTime)),
      reason: `schema.org ${type}${status ? ` (${status})` : ""}`,
    };
  }
  if (type === "ParcelDelivery") return { type: "delivery", standing: "unknown", reason: "schema.org ParcelDelivery" };
  return undefined;
}

function withValue<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

/** The first coherent Order/Invoice/Reservation/ParcelDelivery the mail describes, if any. */
export function structuredFacts(dom: Document): StructuredFacts | undefined {
  const facts = [...jsonLd(dom), ...microdata(dom)].map(factsOf).filter((f): f is StructuredFacts => f !== undefined);
  return facts.find((f) => f.type !== "delivery" && f.amount) ?? facts.find((f) => f.type === "delivery") ?? facts[0];
}
