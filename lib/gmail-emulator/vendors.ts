// The businesses that send receipts to the generated mailbox, and how each one writes them.
import type { Currency, DateStyle } from "./money-format";

export type VendorKind = "saas" | "cloud" | "airline" | "ride" | "restaurant" | "office" | "hotel" | "telecom";

export interface VendorTemplate {
  /** The name a bookkeeper files the receipt under. */
  vendor: string;
  /** From headers this vendor uses (a processor like Square sends for restaurants). */
  senders: string[];
  kind: VendorKind;
  currency: Currency;
  dateStyles: DateStyle[];
  /** Typical total, in major units. */
  range: [number, number];
  items: string[];
  taxLabel: string;
  taxRate: number;
  lang: "en" | "de" | "fr";
  /** Share of this vendor's receipts whose total is only in the attached PDF. */
  pdfOnly: number;
}

const US: DateStyle[] = ["long-us", "short-us", "numeric-us", "iso"];
const EU: DateStyle[] = ["long-eu", "numeric-eu", "iso", "dotted"];
const DE: DateStyle[] = ["german", "dotted", "iso", "long-eu"];
const JP: DateStyle[] = ["japanese", "iso", "short-us"];
const UK: DateStyle[] = ["long-eu", "numeric-eu", "iso"];

const v = (t: VendorTemplate) => t;

export const VENDORS: VendorTemplate[] = [
  v({ vendor: "Slack", senders: ['"Slack" <feedback@slack.com>', '"Slack Billing" <billing@slack.com>'], kind: "saas", currency: "USD", dateStyles: US, range: [8, 900], items: ["Pro plan (monthly)", "Business+ seats", "Additional members"], taxLabel: "Sales tax", taxRate: 0.08, lang: "en", pdfOnly: 0.1 }),
  v({ vendor: "Notion", senders: ['"Notion" <team@makenotion.com>', '"Billing" <billing@notion.so>'], kind: "saas", currency: "USD", dateStyles: US, range: [10, 400], items: ["Plus plan", "Notion AI add-on"], taxLabel: "Tax", taxRate: 0.0, lang: "en", pdfOnly: 0.2 }),
  v({ vendor: "GitHub", senders: ['"GitHub" <noreply@github.com>'], kind: "saas", currency: "USD", dateStyles: US, range: [4, 2100], items: ["GitHub Team", "Actions minutes", "Copilot Business", "Packages storage"], taxLabel: "Tax", taxRate: 0.0, lang: "en", pdfOnly: 0 }),
  v({ vendor: "Figma", senders: ['"Figma, Inc." <invoice+statements@stripe.com>', '"Figma" <billing@figma.com>'], kind: "saas", currency: "USD", dateStyles: US, range: [15, 1500], items: ["Professional seat", "Organization seat", "Dev Mode seat"], taxLabel: "Sales tax", taxRate: 0.0725, lang: "en", pdfOnly: 0.15 }),
  v({ vendor: "Atlassian", senders: ['"Atlassian" <noreply@am.atlassian.com>', '"Atlassian Billing" <billing@atlassian.com>'], kind: "saas", currency: "AUD", dateStyles: UK, range: [20, 3000], items: ["Jira Software Standard", "Confluence Standard", "Bitbucket Premium"], taxLabel: "GST", taxRate: 0.1, lang: "en", pdfOnly: 0.4 }),
  v({ vendor: "Canva", senders: ['"Canva" <no-reply@canva.com>'], kind: "saas", currency: "AUD", dateStyles: UK, range: [17, 600], items: ["Canva Pro (annual)", "Canva Teams"], taxLabel: "GST", taxRate: 0.1, lang: "en", pdfOnly: 0 }),
  v({ vendor: "Shopify", senders: ['"Shopify" <billing@shopify.com>'], kind: "saas", currency: "CAD", dateStyles: US, range: [39, 2500], items: ["Basic plan", "Shopify Payments fees", "App charges"], taxLabel: "HST", taxRate: 0.13, lang: "en", pdfOnly: 0.3 }),
  v({ vendor: "Xero", senders: ['"Xero" <messaging-service@post.xero.com>', '"Xero Billing" <billing@xero.com>'], kind: "saas", currency: "GBP", dateStyles: UK, range: [15, 80], items: ["Standard plan", "Payroll add-on", "Expenses users"], taxLabel: "VAT", taxRate: 0.2, lang: "en", pdfOnly: 0.3 }),
  v({ vendor: "Adobe", senders: ['"Adobe" <mail@mail.adobe.com>', '"Adobe Accounts" <message@adobe.com>'], kind: "saas", currency: "EUR", dateStyles: EU, range: [12, 900], items: ["Creative Cloud All Apps", "Acrobat Pro", "Photoshop"], taxLabel: "VAT", taxRate: 0.19, lang: "en", pdfOnly: 0.2 }),
  v({ vendor: "Amazon Web Services", senders: ['"Amazon Web Services" <aws-receivables-support@email.amazon.com>'], kind: "cloud", currency: "USD", dateStyles: US, range: [3, 9000], items: ["Amazon EC2", "Amazon S3", "Amazon RDS", "AWS Data Transfer"], taxLabel: "Tax", taxRate: 0.0, lang: "en", pdfOnly: 0.6 }),
  v({ vendor: "DigitalOcean", senders: ['"DigitalOcean" <support@digitalocean.com>', '"DigitalOcean Billing" <billing@digitalocean.com>'], kind: "cloud", currency: "USD", dateStyles: US, range: [5, 800], items: ["Droplets", "Managed Databases", "Spaces", "Backups"], taxLabel: "Tax", taxRate: 0.0, lang: "en", pdfOnly: 0.3 }),
  v({ vendor: "Hetzner Online", senders: ['"Hetzner Online GmbH" <info@hetzner.de>', '"Hetzner Online Billing" <billing@hetzner.com>'], kind: "cloud", currency: "EUR", dateStyles: DE, range: [4, 1200], items: ["Cloud Server CX22", "Dedicated Server AX42", "Storage Box BX11", "Primary IPv4"], taxLabel: "MwSt. 19%", taxRate: 0.19, lang: "de", pdfOnly: 0.7 }),
  v({ vendor: "OVHcloud", senders: ['"OVHcloud" <noreply@ovhcloud.com>'], kind: "cloud", currency: "EUR", dateStyles: EU, range: [3, 700], items: ["VPS Comfort", "Domain renewal", "Object Storage"], taxLabel: "TVA 20%", taxRate: 0.2, lang: "fr", pdfOnly: 0.5 }),
  v({ vendor: "Lufthansa", senders: ['"Lufthansa" <online@booking-lufthansa.com>'], kind: "airline", currency: "EUR", dateStyles: DE, range: [90, 4200], items: ["Flight FRA-JFK", "Flight MUC-LHR", "Seat reservation", "Extra baggage"], taxLabel: "Taxes, fees and charges", taxRate: 0.12, lang: "de", pdfOnly: 0.3 }),
  v({ vendor: "British Airways", senders: ['"British Airways" <ba@email.ba.com>'], kind: "airline", currency: "GBP", dateStyles: UK, range: [60, 3800], items: ["Flight LHR-EDI", "Flight LHR-BOS", "Seat selection"], taxLabel: "Taxes, fees and carrier charges", taxRate: 0.15, lang: "en", pdfOnly: 0.2 }),
  v({ vendor: "Air Canada", senders: ['"Air Canada" <confirmation@aircanada.ca>'], kind: "airline", currency: "CAD", dateStyles: US, range: [120, 3000], items: ["Flight YYZ-YVR", "Flight YUL-CDG", "Preferred seat"], taxLabel: "Taxes, fees and charges", taxRate: 0.14, lang: "en", pdfOnly: 0 }),
  v({ vendor: "Qantas", senders: ['"Qantas" <noreply@qantas.com.au>'], kind: "airline", currency: "AUD", dateStyles: UK, range: [110, 5000], items: ["Flight SYD-MEL", "Flight SYD-SIN", "Extra legroom seat"], taxLabel: "Taxes and carrier charges", taxRate: 0.1, lang: "en", pdfOnly: 0 }),
  v({ vendor: "Japan Airlines", senders: ['"Japan Airlines" <info@jal.com>'], kind: "airline", currency: "JPY", dateStyles: JP, range: [9000, 420000], items: ["Flight HND-ITM", "Flight NRT-SFO", "Seat upgrade"], taxLabel: "Taxes and fees", taxRate: 0.1, lang: "en", pdfOnly: 0.2 }),
  v({ vendor: "SWISS", senders: ['"SWISS" <noreply@swiss.com>'], kind: "airline", currency: "CHF", dateStyles: EU, range: [90, 3500], items: ["Flight ZRH-LHR", "Flight GVA-BCN", "Checked bag"], taxLabel: "Taxes and fees", taxRate: 0.1, lang: "en", pdfOnly: 0.2 }),
  v({ vendor: "IndiGo", senders: ['"IndiGo" <reservations@goindigo.in>'], kind: "airline", currency: "INR", dateStyles: UK, range: [2500, 180000], items: ["Flight DEL-BOM", "Flight BLR-HYD", "Fast forward"], taxLabel: "GST", taxRate: 0.05, lang: "en", pdfOnly: 0.3 }),
  v({ vendor: "Uber", senders: ['"Uber Receipts" <noreply@uber.com>', '"Uber" <uber.us@uber.com>'], kind: "ride", currency: "USD", dateStyles: US, range: [7, 140], items: ["Trip fare", "Booking fee", "Tolls"], taxLabel: "Taxes", taxRate: 0.05, lang: "en", pdfOnly: 0 }),
  v({ vendor: "Bolt", senders: ['"Bolt" <receipts@bolt.eu>'], kind: "ride", currency: "EUR", dateStyles: EU, range: [5, 90], items: ["Ride", "Booking fee"], taxLabel: "VAT", taxRate: 0.07, lang: "en", pdfOnly: 0 }),
  v({ vendor: "Ola", senders: ['"Ola" <noreply@olacabs.com>'], kind: "ride", currency: "INR", dateStyles: UK, range: [90, 4000], items: ["Ride fare", "Convenience fee", "Toll"], taxLabel: "GST", taxRate: 0.05, lang: "en", pdfOnly: 0 }),
  v({ vendor: "Trattoria Roma", senders: ['"Square" <noreply@messaging.squareup.com>'], kind: "restaurant", currency: "USD", dateStyles: US, range: [18, 450], items: ["Margherita pizza", "Tagliatelle al ragù", "Tiramisù", "Sparkling water"], taxLabel: "Sales tax", taxRate: 0.0875, lang: "en", pdfOnly: 0 }),
  v({ vendor: "Café Lumière", senders: ['"Square" <receipts@messaging.squareup.com>'], kind: "restaurant", currency: "CAD", dateStyles: US, range: [6, 160], items: ["Croissant", "Café au lait", "Quiche lorraine"], taxLabel: "GST/QST", taxRate: 0.14975, lang: "en", pdfOnly: 0 }),
  v({ vendor: "Pret A Manger", senders: ['"Pret A Manger" <receipts@pret.co.uk>'], kind: "restaurant", currency: "GBP", dateStyles: UK, range: [3, 60], items: ["Flat white", "Chicken Caesar baguette", "Pret bar"], taxLabel: "VAT", taxRate: 0.2, lang: "en", pdfOnly: 0 }),
  v({ vendor: "Sushi Zen", senders: ['"Toast" <receipts@toasttab.com>'], kind: "restaurant", currency: "JPY", dateStyles: JP, range: [1200, 48000], items: ["Omakase set", "Miso soup", "Green tea"], taxLabel: "Consumption tax", taxRate: 0.1, lang: "en", pdfOnly: 0 }),
  v({ vendor: "Staples", senders: ['"Staples" <orders@staples.com>'], kind: "office", currency: "USD", dateStyles: US, range: [9, 1400], items: ["Copy paper (case)", "Ink cartridge", "Desk organiser", "Whiteboard markers"], taxLabel: "Sales tax", taxRate: 0.0625, lang: "en", pdfOnly: 0.1 }),
  v({ vendor: "Officeworks", senders: ['"Officeworks" <noreply@officeworks.com.au>'], kind: "office", currency: "AUD", dateStyles: UK, range: [8, 900], items: ["A4 paper 5 ream", "Office chair", "Label printer"], taxLabel: "GST", taxRate: 0.1, lang: "en", pdfOnly: 0.2 }),
  v({ vendor: "Askul", senders: ['"Askul" <info@askul.co.jp>'], kind: "office", currency: "JPY", dateStyles: JP, range: [800, 90000], items: ["Copy paper A4", "Toner cartridge", "Stapler"], taxLabel: "Consumption tax", taxRate: 0.1, lang: "en", pdfOnly: 0.3 }),
  v({ vendor: "Marriott", senders: ['"Marriott" <marriott@email-marriott.com>'], kind: "hotel", currency: "USD", dateStyles: US, range: [140, 4800], items: ["Room charge", "Resort fee", "Parking", "Room service"], taxLabel: "Occupancy tax", taxRate: 0.14, lang: "en", pdfOnly: 0.5 }),
  v({ vendor: "Premier Inn", senders: ['"Premier Inn" <reservations@premierinn.com>'], kind: "hotel", currency: "GBP", dateStyles: UK, range: [55, 900], items: ["Room", "Premier Inn breakfast", "Parking"], taxLabel: "VAT", taxRate: 0.2, lang: "en", pdfOnly: 0.3 }),
  v({ vendor: "Hotel Schweizerhof", senders: ['"Hotel Schweizerhof" <reception@schweizerhof-zuerich.ch>'], kind: "hotel", currency: "CHF", dateStyles: DE, range: [180, 6000], items: ["Zimmer / Room", "Frühstück / Breakfast", "City tax"], taxLabel: "MWST 3.8%", taxRate: 0.038, lang: "de", pdfOnly: 0.6 }),
  v({ vendor: "Taj Hotels", senders: ['"Taj Hotels" <reservations@tajhotels.com>'], kind: "hotel", currency: "INR", dateStyles: UK, range: [8000, 650000], items: ["Room charges", "Dining", "Spa"], taxLabel: "GST", taxRate: 0.18, lang: "en", pdfOnly: 0.5 }),
  v({ vendor: "Vodafone", senders: ['"Vodafone" <noreply@vodafone.co.uk>'], kind: "telecom", currency: "GBP", dateStyles: UK, range: [12, 400], items: ["Business Unlimited plan", "Roaming", "Device plan"], taxLabel: "VAT", taxRate: 0.2, lang: "en", pdfOnly: 0.6 }),
  v({ vendor: "Swisscom", senders: ['"Swisscom" <noreply@swisscom.ch>'], kind: "telecom", currency: "CHF", dateStyles: DE, range: [29, 1900], items: ["inOne SME office", "Mobile subscriptions", "Internet Box"], taxLabel: "MWST 8.1%", taxRate: 0.081, lang: "de", pdfOnly: 0.6 }),
  v({ vendor: "Rogers", senders: ['"Rogers" <no-reply@rogers.com>'], kind: "telecom", currency: "CAD", dateStyles: US, range: [45, 800], items: ["Business mobile plan", "Ignite Internet"], taxLabel: "HST", taxRate: 0.13, lang: "en", pdfOnly: 0.4 }),
  v({ vendor: "Telstra", senders: ['"Telstra" <noreply@online.telstra.com.au>'], kind: "telecom", currency: "AUD", dateStyles: UK, range: [40, 900], items: ["Business mobile", "nbn Business plan"], taxLabel: "GST", taxRate: 0.1, lang: "en", pdfOnly: 0.5 }),
  v({ vendor: "Verizon", senders: ['"Verizon" <verizon@email.vzwshop.com>'], kind: "telecom", currency: "USD", dateStyles: US, range: [30, 1500], items: ["Business Unlimited lines", "Device payment", "Fios Business"], taxLabel: "Taxes and surcharges", taxRate: 0.11, lang: "en", pdfOnly: 0.3 }),
  v({ vendor: "Airtel", senders: ['"Airtel" <ebill@airtel.com>'], kind: "telecom", currency: "INR", dateStyles: UK, range: [399, 25000], items: ["Postpaid plan", "Broadband", "Add-on pack"], taxLabel: "GST", taxRate: 0.18, lang: "en", pdfOnly: 0.5 }),
];
