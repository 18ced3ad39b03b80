// The businesses that send receipts to the generated mailbox, and how each one writes them.
import type { Sector } from "./lexicon";
import { DATE_STYLES_BY_LANG, type Currency, type DateStyle, type Lang } from "./money-format";

export type { Sector } from "./lexicon";
/** @deprecated the sector a vendor is in; kept for callers of the old name. */
export type VendorKind = Sector;

export interface VendorTemplate {
  /** The name a bookkeeper files the receipt under. */
  vendor: string;
  /** From headers this vendor uses (a processor like Square sends for restaurants). */
  senders: string[];
  sector: Sector;
  currency: Currency;
  lang: Lang;
  dateStyles: DateStyle[];
  /** US vendors print numeric dates month first. */
  usDates: boolean;
  /** Typical total, in major units. */
  range: [number, number];
  items: string[];
  taxLabel: string;
  taxRate: number;
  /** Prices include the tax (shown as "of which VAT"), as shops in Japan and the Nordics print them. */
  taxIncluded: boolean;
  /** Share of this vendor's invoices and credit notes whose total is only in the attached PDF. */
  pdfOnly: number;
  /** Share of its documents that are invoices (the rest are payment receipts or refunds). */
  invoices: number;
  /** Share of its documents that are refunds or credit notes. */
  refunds: number;
  /** Share of its receipts that arrive as a picture of a paper till receipt. */
  images: number;
  /** Street and city lines printed on its invoices and till receipts. */
  address: string[];
}

type Input = Omit<VendorTemplate, "dateStyles" | "usDates" | "taxIncluded" | "invoices" | "refunds" | "images" | "address" | "pdfOnly"> &
  Partial<Pick<VendorTemplate, "dateStyles" | "usDates" | "taxIncluded" | "invoices" | "refunds" | "images" | "address" | "pdfOnly">>;

const SECTOR_DEFAULTS: Record<Sector, { invoices: number; refunds: number; images: number }> = {
  saas: { invoices: 0.4, refunds: 0.05, images: 0 },
  cloud: { invoices: 0.6, refunds: 0.04, images: 0 },
  telecom: { invoices: 0.85, refunds: 0.04, images: 0 },
  airline: { invoices: 0.05, refunds: 0.14, images: 0 },
  rail: { invoices: 0.05, refunds: 0.12, images: 0 },
  ride: { invoices: 0, refunds: 0.05, images: 0 },
  restaurant: { invoices: 0, refunds: 0.02, images: 0.05 },
  grocery: { invoices: 0, refunds: 0.04, images: 0.12 },
  office: { invoices: 0.25, refunds: 0.08, images: 0.04 },
  hotel: { invoices: 0.4, refunds: 0.05, images: 0 },
  shop: { invoices: 0.1, refunds: 0.14, images: 0 },
  food: { invoices: 0, refunds: 0.07, images: 0 },
};

const ADDRESSES: Record<Lang, string[][]> = {
  en: [["100 Market Street", "San Francisco, CA 94105"], ["1 Canada Square", "London E14 5AB"], ["200 George Street", "Sydney NSW 2000"], ["55 Bloor Street W", "Toronto ON M4W 1A5"]],
  de: [["Industriestr. 25", "91710 Gunzenhausen"], ["Friedrichstraße 68", "10117 Berlin"], ["Bahnhofstrasse 10", "8001 Zürich"], ["Leopoldstraße 44", "80802 München"]],
  fr: [["2 rue Kellermann", "59100 Roubaix"], ["8 rue de la Ville-l'Évêque", "75008 Paris"], ["12 quai Perrache", "69002 Lyon"]],
  es: [["Calle de Alcalá 45", "28014 Madrid"], ["Avinguda Diagonal 211", "08018 Barcelona"], ["Calle Colón 12", "46004 Valencia"]],
  it: [["Via Sergio Ramelli 8", "52100 Arezzo"], ["Piazza della Croce Rossa 1", "00161 Roma"], ["Via Gaetano Crespi 12", "20134 Milano"]],
  nl: [["Wilhelminakade 123", "3072 AP Rotterdam"], ["Laan van Puntenburg 100", "3511 ER Utrecht"], ["Papendorpseweg 100", "3528 BJ Utrecht"]],
  pt: [["Av. dos Autonomistas 1496", "06020-902 Osasco – SP"], ["Rua Itapaiúna 2434", "05707-001 São Paulo – SP"], ["Av. Fontes Pereira de Melo 40", "1069-300 Lisboa"]],
  pl: [["ul. Grunwaldzka 182", "60-166 Poznań"], ["al. Jerozolimskie 160", "02-326 Warszawa"], ["ul. Żeromskiego 13", "90-710 Łódź"]],
  sv: [["Stjärntorget 1", "169 79 Solna"], ["Centralplan 19", "111 20 Stockholm"], ["Bolshedens Industriväg 20", "427 50 Billdal"]],
  nb: [["Snarøyveien 30", "1360 Fornebu"], ["Schweigaards gate 23", "0191 Oslo"], ["Dronning Eufemias gate 16", "0191 Oslo"]],
  da: [["Telegade 2", "2630 Taastrup"], ["Teglholmsgade 1", "2450 København SV"], ["Bryggervangen 55", "2100 København Ø"]],
  ja: [["東京都目黒区下目黒1-8-1", "〒153-0064"], ["東京都世田谷区玉川1-14-1", "〒158-0094"], ["大阪府大阪市北区大深町4-20", "〒530-0011"]],
};

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const v = (t: Input): VendorTemplate => {
  const defaults = SECTOR_DEFAULTS[t.sector];
  const usDates = t.usDates ?? (t.lang === "en" && ["USD"].includes(t.currency));
  const addresses = ADDRESSES[t.lang];
  return {
    ...t,
    dateStyles: t.dateStyles ?? DATE_STYLES_BY_LANG[usDates ? "en-US" : t.lang],
    usDates,
    taxIncluded: t.taxIncluded ?? false,
    pdfOnly: t.pdfOnly ?? 0,
    invoices: t.invoices ?? defaults.invoices,
    refunds: t.refunds ?? defaults.refunds,
    images: t.images ?? defaults.images,
    address: t.address ?? addresses[hash(t.vendor) % addresses.length] ?? [],
  };
};

/** A VAT or company registration number in the vendor's country format, stable per vendor. */
export function vatIdOf(t: VendorTemplate): string {
  const n = String(hash(t.vendor)).padStart(10, "0");
  switch (t.lang) {
    case "de": return t.currency === "CHF" ? `CHE-${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)} MWST` : `DE${n.slice(0, 9)}`;
    case "fr": return `FR${n.slice(0, 2)}${n.slice(0, 9)}`;
    case "es": return `B${n.slice(0, 8)}`;
    case "it": return `IT${n}${n.slice(0, 1)}`;
    case "nl": return `NL${n.slice(0, 9)}B01`;
    case "pt": return t.currency === "BRL" ? `${n.slice(0, 2)}.${n.slice(2, 5)}.${n.slice(5, 8)}/0001-${n.slice(8, 10)}` : `PT${n.slice(0, 9)}`;
    case "pl": return `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8, 10)}`;
    case "sv": return `SE${n}01`;
    case "nb": return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 9)} MVA`;
    case "da": return `DK${n.slice(0, 8)}`;
    case "ja": return `T${n}${n.slice(0, 3)}`;
    default: return `GB${n.slice(0, 9)}`;
  }
}

export const VENDORS: VendorTemplate[] = [
  // English
  v({ vendor: "Slack", senders: ['"Slack" <feedback@slack.com>', '"Slack Billing" <billing@slack.com>'], sector: "saas", currency: "USD", lang: "en", range: [8, 900], items: ["Pro plan (monthly)", "Business+ seats", "Additional members"], taxLabel: "Sales tax", taxRate: 0.08, pdfOnly: 0.2 }),
  v({ vendor: "Notion", senders: ['"Notion" <team@makenotion.com>', '"Billing" <billing@notion.so>'], sector: "saas", currency: "USD", lang: "en", range: [10, 400], items: ["Plus plan", "Notion AI add-on"], taxLabel: "Tax", taxRate: 0.0, pdfOnly: 0.4 }),
  v({ vendor: "GitHub", senders: ['"GitHub" <noreply@github.com>'], sector: "saas", currency: "USD", lang: "en", range: [4, 2100], items: ["GitHub Team", "Actions minutes", "Copilot Business", "Packages storage"], taxLabel: "Tax", taxRate: 0.0, pdfOnly: 0 }),
  v({ vendor: "Figma", senders: ['"Figma, Inc." <invoice+statements@stripe.com>', '"Figma" <billing@figma.com>'], sector: "saas", currency: "USD", lang: "en", range: [15, 1500], items: ["Professional seat", "Organization seat", "Dev Mode seat"], taxLabel: "Sales tax", taxRate: 0.0725, pdfOnly: 0.3 }),
  v({ vendor: "Atlassian", senders: ['"Atlassian" <noreply@am.atlassian.com>', '"Atlassian Billing" <billing@atlassian.com>'], sector: "saas", currency: "AUD", lang: "en", range: [20, 3000], items: ["Jira Software Standard", "Confluence Standard", "Bitbucket Premium"], taxLabel: "GST", taxRate: 0.1, pdfOnly: 0.7 }),
  v({ vendor: "Canva", senders: ['"Canva" <no-reply@canva.com>'], sector: "saas", currency: "AUD", lang: "en", range: [17, 600], items: ["Canva Pro (annual)", "Canva Teams"], taxLabel: "GST", taxRate: 0.1, pdfOnly: 0 }),
  v({ vendor: "Shopify", senders: ['"Shopify" <billing@shopify.com>'], sector: "saas", currency: "CAD", lang: "en", range: [39, 2500], items: ["Basic plan", "Shopify Payments fees", "App charges"], taxLabel: "HST", taxRate: 0.13, pdfOnly: 0.5 }),
  v({ vendor: "Xero", senders: ['"Xero" <messaging-service@post.xero.com>', '"Xero Billing" <billing@xero.com>'], sector: "saas", currency: "GBP", lang: "en", range: [15, 80], items: ["Standard plan", "Payroll add-on", "Expenses users"], taxLabel: "VAT", taxRate: 0.2, pdfOnly: 0.5 }),
  v({ vendor: "Adobe", senders: ['"Adobe" <mail@mail.adobe.com>', '"Adobe Accounts" <message@adobe.com>'], sector: "saas", currency: "EUR", lang: "en", range: [12, 900], items: ["Creative Cloud All Apps", "Acrobat Pro", "Photoshop"], taxLabel: "VAT", taxRate: 0.19, pdfOnly: 0.4 }),
  v({ vendor: "Amazon Web Services", senders: ['"Amazon Web Services" <aws-receivables-support@email.amazon.com>'], sector: "cloud", currency: "USD", lang: "en", range: [3, 9000], items: ["Amazon EC2", "Amazon S3", "Amazon RDS", "AWS Data Transfer"], taxLabel: "Tax", taxRate: 0.0, pdfOnly: 0.8 }),
  v({ vendor: "DigitalOcean", senders: ['"DigitalOcean" <support@digitalocean.com>', '"DigitalOcean Billing" <billing@digitalocean.com>'], sector: "cloud", currency: "USD", lang: "en", range: [5, 800], items: ["Droplets", "Managed Databases", "Spaces", "Backups"], taxLabel: "Tax", taxRate: 0.0, pdfOnly: 0.5 }),
  v({ vendor: "British Airways", senders: ['"British Airways" <ba@email.ba.com>'], sector: "airline", currency: "GBP", lang: "en", range: [60, 3800], items: ["Flight LHR-EDI", "Flight LHR-BOS", "Seat selection"], taxLabel: "Taxes, fees and carrier charges", taxRate: 0.15, pdfOnly: 0.3 }),
  v({ vendor: "Air Canada", senders: ['"Air Canada" <confirmation@aircanada.ca>'], sector: "airline", currency: "CAD", lang: "en", range: [120, 3000], items: ["Flight YYZ-YVR", "Flight YUL-CDG", "Preferred seat"], taxLabel: "Taxes, fees and charges", taxRate: 0.14 }),
  v({ vendor: "Qantas", senders: ['"Qantas" <noreply@qantas.com.au>'], sector: "airline", currency: "AUD", lang: "en", range: [110, 5000], items: ["Flight SYD-MEL", "Flight SYD-SIN", "Extra legroom seat"], taxLabel: "Taxes and carrier charges", taxRate: 0.1 }),
  v({ vendor: "Japan Airlines", senders: ['"Japan Airlines" <info@jal.com>'], sector: "airline", currency: "JPY", lang: "en", range: [9000, 420000], items: ["Flight HND-ITM", "Flight NRT-SFO", "Seat upgrade"], taxLabel: "Taxes and fees", taxRate: 0.1, pdfOnly: 0.3 }),
  v({ vendor: "SWISS", senders: ['"SWISS" <noreply@swiss.com>'], sector: "airline", currency: "CHF", lang: "en", range: [90, 3500], items: ["Flight ZRH-LHR", "Flight GVA-BCN", "Checked bag"], taxLabel: "Taxes and fees", taxRate: 0.1, pdfOnly: 0.3 }),
  v({ vendor: "IndiGo", senders: ['"IndiGo" <reservations@goindigo.in>'], sector: "airline", currency: "INR", lang: "en", range: [2500, 180000], items: ["Flight DEL-BOM", "Flight BLR-HYD", "Fast forward"], taxLabel: "GST", taxRate: 0.05, pdfOnly: 0.4 }),
  v({ vendor: "Uber", senders: ['"Uber Receipts" <noreply@uber.com>', '"Uber" <uber.us@uber.com>'], sector: "ride", currency: "USD", lang: "en", range: [7, 140], items: ["Trip fare", "Booking fee", "Tolls"], taxLabel: "Taxes", taxRate: 0.05 }),
  v({ vendor: "Bolt", senders: ['"Bolt" <receipts@bolt.eu>'], sector: "ride", currency: "EUR", lang: "en", range: [5, 90], items: ["Ride", "Booking fee"], taxLabel: "VAT", taxRate: 0.07 }),
  v({ vendor: "Ola", senders: ['"Ola" <noreply@olacabs.com>'], sector: "ride", currency: "INR", lang: "en", range: [90, 4000], items: ["Ride fare", "Convenience fee", "Toll"], taxLabel: "GST", taxRate: 0.05 }),
  v({ vendor: "Trattoria Roma", senders: ['"Square" <noreply@messaging.squareup.com>'], sector: "restaurant", currency: "USD", lang: "en", range: [18, 450], items: ["Margherita pizza", "Tagliatelle al ragu", "Tiramisu", "Sparkling water"], taxLabel: "Sales tax", taxRate: 0.0875, address: ["214 Mulberry Street", "New York, NY 10012"] }),
  v({ vendor: "Café Lumière", senders: ['"Square" <receipts@messaging.squareup.com>'], sector: "restaurant", currency: "CAD", lang: "en", range: [6, 160], items: ["Croissant", "Cafe au lait", "Quiche lorraine"], taxLabel: "GST/QST", taxRate: 0.14975, address: ["4120 Rue Saint-Denis", "Montreal QC H2W 2M5"] }),
  v({ vendor: "Pret A Manger", senders: ['"Pret A Manger" <receipts@pret.co.uk>'], sector: "restaurant", currency: "GBP", lang: "en", range: [3, 60], items: ["Flat white", "Chicken Caesar baguette", "Pret bar"], taxLabel: "VAT", taxRate: 0.2, address: ["75b Victoria Street", "London SW1H 0HW"] }),
  v({ vendor: "Sushi Zen", senders: ['"Toast" <receipts@toasttab.com>'], sector: "restaurant", currency: "JPY", lang: "en", range: [1200, 48000], items: ["Omakase set", "Miso soup", "Green tea"], taxLabel: "Consumption tax", taxRate: 0.1, images: 0 }),
  v({ vendor: "Tesco", senders: ['"Tesco" <ereceipts@tesco.com>'], sector: "grocery", currency: "GBP", lang: "en", range: [4, 160], items: ["Semi skimmed milk 2.27L", "Hovis wholemeal bread", "Bananas loose", "Free range eggs x12", "Cheddar 400g"], taxLabel: "VAT", taxRate: 0, address: ["Tesco Extra, Cromwell Road", "London W8 6SH"] }),
  v({ vendor: "Staples", senders: ['"Staples" <orders@staples.com>'], sector: "office", currency: "USD", lang: "en", range: [9, 1400], items: ["Copy paper (case)", "Ink cartridge", "Desk organiser", "Whiteboard markers"], taxLabel: "Sales tax", taxRate: 0.0625, pdfOnly: 0.2, address: ["500 Staples Drive", "Framingham, MA 01702"] }),
  v({ vendor: "Officeworks", senders: ['"Officeworks" <noreply@officeworks.com.au>'], sector: "office", currency: "AUD", lang: "en", range: [8, 900], items: ["A4 paper 5 ream", "Office chair", "Label printer"], taxLabel: "GST", taxRate: 0.1, pdfOnly: 0.3, address: ["236-262 East Boundary Road", "Bentleigh East VIC 3165"] }),
  v({ vendor: "Marriott", senders: ['"Marriott" <marriott@email-marriott.com>'], sector: "hotel", currency: "USD", lang: "en", range: [140, 4800], items: ["Room charge", "Resort fee", "Parking", "Room service"], taxLabel: "Occupancy tax", taxRate: 0.14, pdfOnly: 0.6 }),
  v({ vendor: "Premier Inn", senders: ['"Premier Inn" <reservations@premierinn.com>'], sector: "hotel", currency: "GBP", lang: "en", range: [55, 900], items: ["Room", "Premier Inn breakfast", "Parking"], taxLabel: "VAT", taxRate: 0.2, pdfOnly: 0.4 }),
  v({ vendor: "Taj Hotels", senders: ['"Taj Hotels" <reservations@tajhotels.com>'], sector: "hotel", currency: "INR", lang: "en", range: [8000, 650000], items: ["Room charges", "Dining", "Spa"], taxLabel: "GST", taxRate: 0.18, pdfOnly: 0.6 }),
  v({ vendor: "Vodafone", senders: ['"Vodafone" <noreply@vodafone.co.uk>'], sector: "telecom", currency: "GBP", lang: "en", range: [12, 400], items: ["Business Unlimited plan", "Roaming", "Device plan"], taxLabel: "VAT", taxRate: 0.2, pdfOnly: 0.6 }),
  v({ vendor: "Rogers", senders: ['"Rogers" <no-reply@rogers.com>'], sector: "telecom", currency: "CAD", lang: "en", range: [45, 800], items: ["Business mobile plan", "Ignite Internet"], taxLabel: "HST", taxRate: 0.13, pdfOnly: 0.4 }),
  v({ vendor: "Telstra", senders: ['"Telstra" <noreply@online.telstra.com.au>'], sector: "telecom", currency: "AUD", lang: "en", range: [40, 900], items: ["Business mobile", "nbn Business plan"], taxLabel: "GST", taxRate: 0.1, pdfOnly: 0.5 }),
  v({ vendor: "Verizon", senders: ['"Verizon" <verizon@email.vzwshop.com>'], sector: "telecom", currency: "USD", lang: "en", range: [30, 1500], items: ["Business Unlimited lines", "Device payment", "Fios Business"], taxLabel: "Taxes and surcharges", taxRate: 0.11, pdfOnly: 0.3 }),
  v({ vendor: "Airtel", senders: ['"Airtel" <ebill@airtel.com>'], sector: "telecom", currency: "INR", lang: "en", range: [399, 25000], items: ["Postpaid plan", "Broadband", "Add-on pack"], taxLabel: "GST", taxRate: 0.18, pdfOnly: 0.5 }),

  // German (Germany, Switzerland)
  v({ vendor: "Hetzner Online", senders: ['"Hetzner Online GmbH" <info@hetzner.de>', '"Hetzner Online Billing" <billing@hetzner.com>'], sector: "cloud", currency: "EUR", lang: "de", range: [4, 1200], items: ["Cloud Server CX22", "Dedicated Server AX42", "Storage Box BX11", "Primary IPv4"], taxLabel: "MwSt. 19 %", taxRate: 0.19, pdfOnly: 0.85, invoices: 0.9, address: ["Industriestr. 25", "91710 Gunzenhausen"] }),
  v({ vendor: "Lufthansa", senders: ['"Lufthansa" <online@booking-lufthansa.com>'], sector: "airline", currency: "EUR", lang: "de", range: [90, 4200], items: ["Flug FRA-JFK", "Flug MUC-LHR", "Sitzplatzreservierung", "Zusatzgepäck"], taxLabel: "Steuern, Gebühren und Zuschläge", taxRate: 0.12, pdfOnly: 0.4 }),
  v({ vendor: "Deutsche Bahn", senders: ['"DB Fernverkehr AG" <buchungsbestaetigung@bahn.de>', '"Deutsche Bahn" <noreply@bahn.de>'], sector: "rail", currency: "EUR", lang: "de", range: [17, 380], items: ["ICE Flexpreis Berlin Hbf – München Hbf", "Sparpreis Hamburg – Köln", "Sitzplatzreservierung", "BahnCard 25"], taxLabel: "MwSt. 7 %", taxRate: 0.07, taxIncluded: true, address: ["Europaplatz 1", "10557 Berlin"] }),
  v({ vendor: "Telekom", senders: ['"Telekom" <rechnung@telekom.de>', '"Deutsche Telekom" <noreply@telekom.de>'], sector: "telecom", currency: "EUR", lang: "de", range: [25, 600], items: ["MagentaMobil Business", "MagentaZuhause L", "Geräteratenzahlung"], taxLabel: "MwSt. 19 %", taxRate: 0.19, pdfOnly: 0.6, address: ["Landgrabenweg 151", "53227 Bonn"] }),
  v({ vendor: "dm-drogerie markt", senders: ['"dm-drogerie markt" <ebon@dm.de>'], sector: "grocery", currency: "EUR", lang: "de", range: [3, 90], items: ["Balea Duschgel", "Zahnpasta", "Taschentücher", "Bio Haferflocken", "Spülmittel"], taxLabel: "MwSt", taxRate: 0.19, taxIncluded: true, address: ["Am dm-Platz 1", "76227 Karlsruhe"] }),
  v({ vendor: "Hotel Schweizerhof", senders: ['"Hotel Schweizerhof" <reception@schweizerhof-zuerich.ch>'], sector: "hotel", currency: "CHF", lang: "de", range: [180, 6000], items: ["Zimmer", "Frühstück", "City Tax"], taxLabel: "MWST 3.8 %", taxRate: 0.038, pdfOnly: 0.7, address: ["Bahnhofplatz 7", "8001 Zürich"] }),
  v({ vendor: "Swisscom", senders: ['"Swisscom" <noreply@swisscom.ch>'], sector: "telecom", currency: "CHF", lang: "de", range: [29, 1900], items: ["inOne SME office", "Mobile Abos", "Internet-Box"], taxLabel: "MWST 8.1 %", taxRate: 0.081, pdfOnly: 0.7, address: ["Alte Tiefenaustrasse 6", "3048 Worblaufen"] }),
  v({ vendor: "SBB", senders: ['"SBB CFF FFS" <noreply@sbb.ch>'], sector: "rail", currency: "CHF", lang: "de", range: [8, 420], items: ["Zürich HB – Bern, 2. Kl.", "Tageskarte", "Sparbillett Basel SBB – Genève"], taxLabel: "MWST 8.1 %", taxRate: 0.081, taxIncluded: true, address: ["Hilfikerstrasse 1", "3000 Bern 65"] }),
  v({ vendor: "Galaxus", senders: ['"Galaxus" <service@galaxus.ch>'], sector: "shop", currency: "CHF", lang: "de", range: [12, 2400], items: ["Logitech MX Master 3S", "Dell 27\" Monitor", "USB-C Dock", "Druckerpapier A4"], taxLabel: "MWST 8.1 %", taxRate: 0.081, taxIncluded: true, pdfOnly: 0.3, address: ["Pfingstweidstrasse 60b", "8005 Zürich"] }),

  // French
  v({ vendor: "OVHcloud", senders: ['"OVHcloud" <noreply@ovhcloud.com>'], sector: "cloud", currency: "EUR", lang: "fr", range: [3, 700], items: ["VPS Comfort", "Renouvellement de domaine", "Object Storage"], taxLabel: "TVA 20 %", taxRate: 0.2, pdfOnly: 0.7, address: ["2 rue Kellermann", "59100 Roubaix"] }),
  v({ vendor: "SNCF Connect", senders: ['"SNCF Connect" <noreply@sncf-connect.com>'], sector: "rail", currency: "EUR", lang: "fr", range: [19, 320], items: ["TGV INOUI Paris Gare de Lyon – Lyon Part-Dieu", "OUIGO Paris – Marseille", "Carte Avantage"], taxLabel: "TVA 10 %", taxRate: 0.1, taxIncluded: true }),
  v({ vendor: "Free", senders: ['"Free Pro" <facture@free.fr>', '"Free" <noreply@free-mobile.fr>'], sector: "telecom", currency: "EUR", lang: "fr", range: [19, 120], items: ["Forfait Free Pro", "Freebox Pro", "Option international"], taxLabel: "TVA 20 %", taxRate: 0.2, pdfOnly: 0.5, address: ["8 rue de la Ville-l'Évêque", "75008 Paris"] }),
  v({ vendor: "Monoprix", senders: ['"Monoprix" <ticket@monoprix.fr>'], sector: "grocery", currency: "EUR", lang: "fr", range: [4, 120], items: ["Baguette", "Lait demi-écrémé", "Comté AOP", "Café moulu", "Pommes Golden"], taxLabel: "TVA", taxRate: 0.055, taxIncluded: true, address: ["14-16 rue Marc Bloch", "92110 Clichy"] }),
  v({ vendor: "Qonto", senders: ['"Qonto" <billing@qonto.com>'], sector: "saas", currency: "EUR", lang: "fr", range: [9, 250], items: ["Abonnement Essential", "Cartes supplémentaires", "Abonnement Business"], taxLabel: "TVA 20 %", taxRate: 0.2, pdfOnly: 0.6, invoices: 0.8 }),

  // Spanish
  v({ vendor: "Renfe", senders: ['"Renfe" <venta.internet@renfe.es>'], sector: "rail", currency: "EUR", lang: "es", range: [12, 260], items: ["AVE Madrid-Puerta de Atocha – Barcelona-Sants", "Alvia Madrid – Santander", "Selección de asiento"], taxLabel: "IVA 10%", taxRate: 0.1, taxIncluded: true }),
  v({ vendor: "Iberia", senders: ['"Iberia" <confirmacion@iberia.com>'], sector: "airline", currency: "EUR", lang: "es", range: [45, 2600], items: ["Vuelo MAD-BCN", "Vuelo MAD-LHR", "Equipaje facturado"], taxLabel: "Tasas y cargos", taxRate: 0.12, pdfOnly: 0.2 }),
  v({ vendor: "Movistar", senders: ['"Movistar" <factura@movistar.es>'], sector: "telecom", currency: "EUR", lang: "es", range: [20, 400], items: ["miMovistar Empresas", "Fibra 1Gb", "Líneas móviles adicionales"], taxLabel: "IVA 21%", taxRate: 0.21, pdfOnly: 0.6 }),
  v({ vendor: "Holded", senders: ['"Holded" <billing@holded.com>'], sector: "saas", currency: "EUR", lang: "es", range: [29, 400], items: ["Plan Estándar", "Usuarios adicionales", "Módulo de proyectos"], taxLabel: "IVA 21%", taxRate: 0.21, pdfOnly: 0.7, invoices: 0.8 }),
  v({ vendor: "Mercadona", senders: ['"Mercadona" <ticketdigital@mercadona.es>'], sector: "grocery", currency: "EUR", lang: "es", range: [5, 150], items: ["Leche entera Hacendado", "Pan de molde", "Plátano de Canarias", "Aceite de oliva virgen extra", "Huevos L"], taxLabel: "IVA", taxRate: 0.1, taxIncluded: true, address: ["Calle Valencia 5", "46016 Tavernes Blanques"] }),
  v({ vendor: "Cabify", senders: ['"Cabify" <no-reply@cabify.com>'], sector: "ride", currency: "EUR", lang: "es", range: [6, 80], items: ["Trayecto", "Tarifa de reserva"], taxLabel: "IVA 10%", taxRate: 0.1, taxIncluded: true }),

  // Italian
  v({ vendor: "Trenitalia", senders: ['"Trenitalia" <noreply@trenitalia.it>'], sector: "rail", currency: "EUR", lang: "it", range: [9, 240], items: ["Frecciarossa Roma Termini – Milano Centrale", "Regionale Firenze – Pisa", "Supplemento"], taxLabel: "IVA 10%", taxRate: 0.1, taxIncluded: true }),
  v({ vendor: "TIM", senders: ['"TIM" <comunicazioni@tim.it>', '"TIM Business" <fatture@tim.it>'], sector: "telecom", currency: "EUR", lang: "it", range: [19, 350], items: ["TIM Business Fibra", "Linee mobili", "Noleggio modem"], taxLabel: "IVA 22%", taxRate: 0.22, pdfOnly: 0.6 }),
  v({ vendor: "Aruba.it", senders: ['"Aruba.it" <fatturazione@staff.aruba.it>'], sector: "cloud", currency: "EUR", lang: "it", range: [3, 500], items: ["Hosting Linux Easy", "Rinnovo dominio", "PEC Standard", "Cloud VPS"], taxLabel: "IVA 22%", taxRate: 0.22, pdfOnly: 0.7, invoices: 0.85, address: ["Via San Clemente 53", "24036 Ponte San Pietro (BG)"] }),
  v({ vendor: "Esselunga", senders: ['"Esselunga" <scontrino@esselunga.it>'], sector: "grocery", currency: "EUR", lang: "it", range: [5, 160], items: ["Latte intero", "Pane", "Banane", "Mozzarella", "Pasta di semola"], taxLabel: "IVA", taxRate: 0.1, taxIncluded: true, address: ["Via Giambologna 1", "20096 Limito di Pioltello"] }),
  v({ vendor: "Italo", senders: ['"Italo" <noreply@italotreno.it>'], sector: "rail", currency: "EUR", lang: "it", range: [14, 210], items: ["Italo Napoli – Roma", "Italo Milano – Venezia", "Ambiente Prima"], taxLabel: "IVA 10%", taxRate: 0.1, taxIncluded: true }),

  // Dutch
  v({ vendor: "KPN", senders: ['"KPN" <factuur@kpn.com>'], sector: "telecom", currency: "EUR", lang: "nl", range: [20, 400], items: ["KPN Zakelijk Mobiel", "Glasvezel Zakelijk", "Vaste lijn"], taxLabel: "btw 21%", taxRate: 0.21, pdfOnly: 0.6 }),
  v({ vendor: "NS", senders: ['"NS" <noreply@ns.nl>'], sector: "rail", currency: "EUR", lang: "nl", range: [4, 120], items: ["Enkele reis Amsterdam Centraal – Utrecht Centraal", "Dagretour", "NS Flex"], taxLabel: "btw 9%", taxRate: 0.09, taxIncluded: true }),
  v({ vendor: "bol.com", senders: ['"bol.com" <klantenservice@bol.com>'], sector: "shop", currency: "EUR", lang: "nl", range: [8, 900], items: ["Philips monitor 27 inch", "Logitech toetsenbord", "Printpapier A4", "USB-C kabel"], taxLabel: "btw 21%", taxRate: 0.21, taxIncluded: true, pdfOnly: 0.3 }),
  v({ vendor: "TransIP", senders: ['"TransIP" <facturen@transip.nl>'], sector: "cloud", currency: "EUR", lang: "nl", range: [2, 300], items: ["BladeVPS", "Domeinregistratie", "Webhosting"], taxLabel: "btw 21%", taxRate: 0.21, pdfOnly: 0.7, invoices: 0.85 }),
  v({ vendor: "Albert Heijn", senders: ['"Albert Heijn" <kassabon@ah.nl>'], sector: "grocery", currency: "EUR", lang: "nl", range: [4, 140], items: ["AH Halfvolle melk", "Volkorenbrood", "Bananen", "Jonge kaas", "Koffiebonen"], taxLabel: "btw", taxRate: 0.09, taxIncluded: true, address: ["Provincialeweg 11", "1506 MA Zaandam"] }),

  // Portuguese (Brazil, Portugal)
  v({ vendor: "iFood", senders: ['"iFood" <nao-responda@ifood.com.br>'], sector: "food", currency: "BRL", lang: "pt", range: [25, 400], items: ["Combo X-Burger", "Açaí 500ml", "Pizza grande", "Taxa de entrega"], taxLabel: "Impostos", taxRate: 0 }),
  v({ vendor: "99", senders: ['"99" <recibo@99app.com>'], sector: "ride", currency: "BRL", lang: "pt", range: [9, 160], items: ["Corrida 99Pop", "Tarifa dinâmica"], taxLabel: "Impostos", taxRate: 0 }),
  v({ vendor: "Locaweb", senders: ['"Locaweb" <cobranca@locaweb.com.br>'], sector: "cloud", currency: "BRL", lang: "pt", range: [20, 2000], items: ["Hospedagem de sites", "E-mail Locaweb", "Cloud Server Pro"], taxLabel: "Impostos", taxRate: 0, pdfOnly: 0.6, invoices: 0.8 }),
  v({ vendor: "Mercado Livre", senders: ['"Mercado Livre" <info@mercadolivre.com.br>'], sector: "shop", currency: "BRL", lang: "pt", range: [30, 5000], items: ["Monitor LG 24\"", "Cadeira de escritório", "Teclado mecânico", "Cabo HDMI"], taxLabel: "Impostos", taxRate: 0, pdfOnly: 0.2 }),
  v({ vendor: "CP – Comboios de Portugal", senders: ['"CP – Comboios de Portugal" <bilheteira@cp.pt>'], sector: "rail", currency: "EUR", lang: "pt", range: [5, 120], items: ["Alfa Pendular Lisboa – Porto", "Intercidades Lisboa – Faro", "Lugar marcado"], taxLabel: "IVA 6%", taxRate: 0.06, taxIncluded: true }),
  v({ vendor: "MEO", senders: ['"MEO" <faturas@meo.pt>'], sector: "telecom", currency: "EUR", lang: "pt", range: [20, 250], items: ["MEO Empresas Fibra", "Tarifário móvel", "Aluguer de equipamento"], taxLabel: "IVA 23%", taxRate: 0.23, pdfOnly: 0.6 }),
  v({ vendor: "Pingo Doce", senders: ['"Pingo Doce" <talao@pingodoce.pt>'], sector: "grocery", currency: "EUR", lang: "pt", range: [4, 120], items: ["Leite meio gordo", "Pão de forma", "Banana", "Azeite virgem extra", "Queijo flamengo"], taxLabel: "IVA", taxRate: 0.06, taxIncluded: true, address: ["Rua Actor António Silva 7", "1649-033 Lisboa"] }),

  // Polish
  v({ vendor: "Allegro", senders: ['"Allegro" <powiadomienia@allegro.pl>'], sector: "shop", currency: "PLN", lang: "pl", range: [20, 4000], items: ["Monitor Dell 27\"", "Krzesło biurowe", "Papier A4 ryza", "Kabel USB-C"], taxLabel: "VAT 23%", taxRate: 0.23, taxIncluded: true, pdfOnly: 0.3 }),
  v({ vendor: "Orange Polska", senders: ['"Orange" <faktury@orange.pl>'], sector: "telecom", currency: "PLN", lang: "pl", range: [40, 900], items: ["Abonament Orange Biznes", "Światłowód", "Pakiet roamingowy"], taxLabel: "VAT 23%", taxRate: 0.23, pdfOnly: 0.7 }),
  v({ vendor: "PKP Intercity", senders: ['"PKP Intercity" <bilety@intercity.pl>'], sector: "rail", currency: "PLN", lang: "pl", range: [19, 400], items: ["EIP Warszawa Centralna – Kraków Główny", "IC Gdańsk – Poznań", "Miejscówka"], taxLabel: "VAT 8%", taxRate: 0.08, taxIncluded: true }),
  v({ vendor: "home.pl", senders: ['"home.pl" <faktury@home.pl>'], sector: "cloud", currency: "PLN", lang: "pl", range: [10, 1500], items: ["Hosting Biznes", "Odnowienie domeny .pl", "Poczta e-mail", "Serwer VPS"], taxLabel: "VAT 23%", taxRate: 0.23, pdfOnly: 0.7, invoices: 0.85, address: ["ul. Zbożowa 4", "70-653 Szczecin"] }),
  v({ vendor: "Żabka", senders: ['"Żabka" <paragon@zabka.pl>'], sector: "grocery", currency: "PLN", lang: "pl", range: [5, 120], items: ["Hot-dog", "Kawa latte", "Woda mineralna", "Kanapka", "Baton"], taxLabel: "PTU", taxRate: 0.08, taxIncluded: true, address: ["ul. Stanisława Matyi 8", "61-586 Poznań"] }),

  // Swedish
  v({ vendor: "SJ", senders: ['"SJ" <noreply@sj.se>'], sector: "rail", currency: "SEK", lang: "sv", range: [95, 2400], items: ["SJ Snabbtåg Stockholm C – Göteborg C", "SJ Regional Uppsala – Stockholm", "Platsbiljett"], taxLabel: "Moms 6 %", taxRate: 0.06, taxIncluded: true }),
  v({ vendor: "Telia", senders: ['"Telia" <faktura@telia.se>'], sector: "telecom", currency: "SEK", lang: "sv", range: [199, 5000], items: ["Telia Företag Mobil", "Bredband Företag", "Telia Växel"], taxLabel: "Moms 25 %", taxRate: 0.25, pdfOnly: 0.6 }),
  v({ vendor: "Fortnox", senders: ['"Fortnox" <faktura@fortnox.se>'], sector: "saas", currency: "SEK", lang: "sv", range: [99, 3000], items: ["Bokföring", "Fakturering", "Lön", "Kvitto & Resa"], taxLabel: "Moms 25 %", taxRate: 0.25, pdfOnly: 0.7, invoices: 0.85 }),
  v({ vendor: "ICA", senders: ['"ICA" <kvitto@ica.se>'], sector: "grocery", currency: "SEK", lang: "sv", range: [35, 1400], items: ["Mellanmjölk 1,5%", "Knäckebröd", "Bananer", "Ägg 12-p", "Bryggkaffe"], taxLabel: "Moms", taxRate: 0.12, taxIncluded: true, address: ["Svetsarvägen 16", "171 93 Solna"] }),
  v({ vendor: "Foodora", senders: ['"foodora" <info@foodora.se>'], sector: "food", currency: "SEK", lang: "sv", range: [89, 900], items: ["Pad thai", "Poke bowl", "Pizza Margherita", "Leveransavgift"], taxLabel: "Moms 12 %", taxRate: 0.12, taxIncluded: true }),

  // Norwegian
  v({ vendor: "Vy", senders: ['"Vy" <kvittering@vy.no>'], sector: "rail", currency: "NOK", lang: "nb", range: [49, 1600], items: ["Oslo S – Bergen", "Oslo S – Oslo lufthavn", "Plassbillett"], taxLabel: "MVA 12 %", taxRate: 0.12, taxIncluded: true }),
  v({ vendor: "Telenor", senders: ['"Telenor" <faktura@telenor.no>'], sector: "telecom", currency: "NOK", lang: "nb", range: [199, 4500], items: ["Telenor Bedrift Mobil", "Bredbånd Bedrift", "Ekstra datapakke"], taxLabel: "MVA 25 %", taxRate: 0.25, pdfOnly: 0.6 }),
  v({ vendor: "Fiken", senders: ['"Fiken" <faktura@fiken.no>'], sector: "saas", currency: "NOK", lang: "nb", range: [99, 1500], items: ["Fiken regnskap", "Lønnsmodul", "Bankintegrasjon"], taxLabel: "MVA 25 %", taxRate: 0.25, pdfOnly: 0.7, invoices: 0.85 }),
  v({ vendor: "Norwegian", senders: ['"Norwegian" <noreply@norwegian.com>'], sector: "airline", currency: "NOK", lang: "nb", range: [399, 9000], items: ["Fly OSL-BGO", "Fly OSL-LGW", "Innsjekket bagasje"], taxLabel: "Skatter og avgifter", taxRate: 0.12, pdfOnly: 0.2 }),
  v({ vendor: "Kiwi", senders: ['"Kiwi" <kvittering@kiwi.no>'], sector: "grocery", currency: "NOK", lang: "nb", range: [39, 1500], items: ["Lettmelk", "Grovbrød", "Bananer", "Egg 12 stk", "Brunost"], taxLabel: "MVA", taxRate: 0.15, taxIncluded: true, address: ["Økernveien 145", "0580 Oslo"] }),

  // Danish
  v({ vendor: "DSB", senders: ['"DSB" <kvittering@dsb.dk>'], sector: "rail", currency: "DKK", lang: "da", range: [24, 900], items: ["København H – Aarhus H", "Orange billet", "Pladsbillet"], taxLabel: "Moms", taxRate: 0, taxIncluded: false }),
  v({ vendor: "YouSee", senders: ['"YouSee" <regning@yousee.dk>'], sector: "telecom", currency: "DKK", lang: "da", range: [149, 3000], items: ["YouSee Erhverv Mobil", "Bredbånd Erhverv", "Ekstra data"], taxLabel: "Moms 25 %", taxRate: 0.25, pdfOnly: 0.6 }),
  v({ vendor: "Dinero", senders: ['"Dinero" <faktura@dinero.dk>'], sector: "saas", currency: "DKK", lang: "da", range: [99, 1200], items: ["Dinero Pro", "Lønmodul", "Ekstra brugere"], taxLabel: "Moms 25 %", taxRate: 0.25, pdfOnly: 0.7, invoices: 0.85 }),
  v({ vendor: "Netto", senders: ['"Netto" <kvittering@netto.dk>'], sector: "grocery", currency: "DKK", lang: "da", range: [25, 1000], items: ["Letmælk", "Rugbrød", "Bananer", "Øko æg", "Smør"], taxLabel: "Moms", taxRate: 0.25, taxIncluded: true, address: ["Roskildevej 65", "2620 Albertslund"] }),
  v({ vendor: "Wolt", senders: ['"Wolt" <info@wolt.com>'], sector: "food", currency: "DKK", lang: "da", range: [89, 800], items: ["Burger menu", "Sushi box", "Leveringsgebyr"], taxLabel: "Moms 25 %", taxRate: 0.25, taxIncluded: true }),

  // Japanese (mail in Japanese; no PDFs — the generator's PDFs carry Latin text only)
  v({ vendor: "Amazon.co.jp", senders: ['"Amazon.co.jp" <auto-confirm@amazon.co.jp>'], sector: "shop", currency: "JPY", lang: "ja", range: [500, 80000], items: ["USB-Cハブ 7in1", "コピー用紙 A4 500枚×5冊", "ワイヤレスマウス", "モバイルバッテリー"], taxLabel: "消費税", taxRate: 0.1, taxIncluded: true }),
  v({ vendor: "楽天市場", senders: ['"楽天市場" <order@rakuten.co.jp>'], sector: "shop", currency: "JPY", lang: "ja", range: [800, 50000], items: ["オフィスチェア", "LEDデスクライト", "ドリップコーヒー 100袋"], taxLabel: "消費税", taxRate: 0.1, taxIncluded: true }),
  v({ vendor: "さくらインターネット", senders: ['"さくらインターネット" <billing@sakura.ad.jp>'], sector: "cloud", currency: "JPY", lang: "ja", range: [500, 120000], items: ["さくらのVPS 2G", "さくらのクラウド", "ドメイン更新"], taxLabel: "消費税(10%)", taxRate: 0.1, invoices: 0.8 }),
  v({ vendor: "JR東日本", senders: ['"JR東日本" <info@eki-net.com>'], sector: "rail", currency: "JPY", lang: "ja", range: [1500, 40000], items: ["東北新幹線 東京→仙台 指定席", "特急あずさ 新宿→松本", "グリーン券"], taxLabel: "消費税", taxRate: 0.1, taxIncluded: true }),
  v({ vendor: "ASKUL", senders: ['"ASKUL" <info@askul.co.jp>'], sector: "office", currency: "JPY", lang: "ja", range: [800, 90000], items: ["コピー用紙 A4", "トナーカートリッジ", "ホッチキス"], taxLabel: "消費税(10%)", taxRate: 0.1, images: 0 }),
];
