// Whole classes of mail that recognition once got wrong, each shown by hand-written messages in
// several languages: mail about a payment that did not happen, parcel notices that repeat an order's
// total, newsletters quoting "from" prices, invoices labelled "Balance due" or "Net à payer",
// dates after the day a document was mailed, combined date labels, processors' receipts, payment
// confirmations in the shop's own words, delivered meals paid in the app, and staff photos of till receipts.
import { describe, expect, it } from "vitest";
import type { MailMessage } from "@/lib/mail/message";
import type { MailDocument } from "@/lib/receipts/recognition/document";
import { extractReceipt } from "@/lib/receipts/recognition/extract";
import { phraseList, fold } from "@/lib/receipts/recognition/phrases";
import { textLines } from "@/lib/receipts/recognition/read/text-document";
import { dateLabelKind } from "@/lib/receipts/recognition/receipt-date";
import { tierOf } from "@/lib/receipts/recognition/totals";

const mail = (
  from: string,
  subject: string,
  text: string,
  receivedAt = "2026-03-05T12:00:00Z",
  attachments: MailDocument[] = [],
) => ({
  message: { id: "m1", from, subject, receivedAt: new Date(receivedAt), attachments: [], text } satisfies MailMessage,
  attachments,
});

const extract = ({ message, attachments }: ReturnType<typeof mail>) => extractReceipt(message, { attachments });

describe("mail about a payment that did not happen is not a receipt", () => {
  it.each([
    [
      "de, declined",
      mail(
        '"Lufthansa" <online@booking-lufthansa.com>',
        "Ihre Zahlung an Lufthansa wurde abgelehnt",
        "Guten Tag,\n\nwir konnten Ihre Zahlung über 1.629,10 € nicht durchführen.\nBitte aktualisieren Sie Ihre Zahlungsart.\nBuchungsnummer: LH7Q2K",
      ),
    ],
    [
      "sv, declined",
      mail(
        '"ICA" <kvitto@ica.se>',
        "Din betalning till ICA nekades",
        "Hej!\n\nVi kunde inte genomföra din betalning på 802,80 kr.\nKontrollera ditt kort och försök igen.",
      ),
    ],
    [
      "es, direct debit returned",
      mail(
        '"Mercadona" <ticketdigital@mercadona.es>',
        "No hemos podido realizar el cobro",
        "Hola:\n\nTu banco ha devuelto el recibo de 123,33 €.\nVolveremos a intentarlo el 9 de marzo de 2026.",
      ),
    ],
    [
      "pl, card not charged",
      mail(
        '"home.pl" <faktury@home.pl>',
        "Nie udało się obciążyć karty",
        "Dzień dobry,\n\nBank odrzucił płatność 339,81 zł za odnowienie domeny.\nZaktualizuj dane karty w panelu.",
      ),
    ],
    [
      "pt, not approved",
      mail(
        '"CP" <bilheteira@cp.pt>',
        "O seu pagamento a CP – Comboios de Portugal não foi aprovado",
        "Olá,\n\nNão foi possível processar o seu pagamento de 82,10 €.\nTente novamente com outro cartão.",
      ),
    ],
    [
      "en, awaiting a transfer",
      mail(
        '"Air Canada" <confirmation@aircanada.ca>',
        "Action needed: pay for order 995979979",
        "Your booking is on hold.\n\nOrder date: March 4, 2026\nFlight YUL-YYZ   CA$864.32\nAmount paid   CA$864.32\n\nPlease transfer the amount within 48 hours.",
      ),
    ],
    [
      "es, complete your payment",
      mail(
        '"Iberia" <confirmacion@iberia.com>',
        "Completa tu pago",
        "Hola,\n\nHemos reservado tu pedido, pero aún no hemos recibido el pago.\nLocalizador: QX72PL\nTotal pagado   771,49 €",
      ),
    ],
    [
      "da, complete your payment",
      mail(
        '"Netto" <kvittering@netto.dk>',
        "Gennemfør din betaling",
        "Hej,\n\nTak fordi du valgte Netto.\nBookingnummer: 55123\nOrdredato: 3. marts 2026\nBetalt   125,18 kr",
      ),
    ],
    [
      "nl, waiting for the transfer",
      mail(
        '"Albert Heijn" <kassabon@ah.nl>',
        "We wachten op je overboeking",
        "Hallo,\n\nJe bestelling is gereserveerd.\nBestelnummer: 2214\nTotaal (incl. btw)   € 66,11",
      ),
    ],
    [
      "ja, transfer requested",
      mail(
        '"楽天市場" <order@rakuten.co.jp>',
        "お振込みのお願い",
        "ご注文を承りました。\nご注文番号：123-456\n合計金額(税込) ¥28,116\nお振込期限までにお手続きください。",
      ),
    ],
  ])("%s", (_name, m) => {
    const r = extract(m);
    expect(r.isReceipt, r.reasons.join(" · ")).toBe(false);
  });
});

describe("parcel notices and newsletters that print an amount are not receipts", () => {
  it.each([
    [
      "en, shipped with the order total",
      mail(
        '"Staples" <orders@staples.com>',
        "Your order #850262118 has shipped",
        "Good news! Your order is on its way.\n\nOrder #850262118\nTotal paid   $79.50\nTrack your package: 1Z999",
      ),
    ],
    [
      "fr, delivery today",
      mail(
        '"Colissimo" <noreply@colissimo.fr>',
        "Livraison prévue aujourd'hui",
        "Bonjour,\n\nVotre commande a été expédiée.\nMontant payé : 222,43 €",
      ),
    ],
    [
      "pl, track it",
      mail(
        '"Allegro" <powiadomienia@allegro.pl>',
        "Śledź swoją przesyłkę",
        "Twoja przesyłka została nadana.\nNumer zamówienia: 88123\nZapłacono: 1 616,08 zł",
      ),
    ],
    [
      "it, shipping update with the amount paid",
      mail(
        '"Amazon.it" <spedizioni@amazon.it>',
        "Aggiornamento sulla spedizione",
        "Il tuo ordine è in viaggio.\nNumero ordine: 405-1234567\nTotale pagato: 104,07 €",
      ),
    ],
    [
      "es, tracking your shipment",
      mail(
        '"PcComponentes" <pedidos@pccomponentes.com>',
        "Seguimiento de tu envío",
        "¡Buenas noticias! Tu pedido ya está en camino.\nN.º de pedido: #256543659\nTotal pagado: 1.806,78 EUR",
      ),
    ],
    [
      "en, out for delivery (a delivery update is not a delivery)",
      mail(
        '"Officeworks" <noreply@officeworks.com.au>',
        "Delivery update for order 226693665",
        "Your order is out for delivery.\nBooking reference: #226693665\nTotal paid   A$706.30",
      ),
    ],
    [
      "ja, a payment that could not be completed",
      mail(
        '"ASKUL" <info@askul.co.jp>',
        "【重要】お支払いが完了できませんでした",
        "いつもご利用ありがとうございます。\nご注文のお支払いが完了できませんでした。\nご請求金額：54,344円\nお支払い方法をご確認ください。",
      ),
    ],
    [
      "it, waiting for your bank transfer",
      mail(
        '"Italo" <noreply@italotreno.it>',
        "Siamo in attesa del tuo bonifico",
        "Gentile cliente,\nla tua prenotazione è confermata.\nImporto: 57,05 €\nIBAN: IT60X0542811101000000123456",
      ),
    ],
    [
      "nb, newsletter quoting a price from",
      mail(
        '"Telenor" <faktura@telenor.no>',
        "Nytt fra Telenor i mars",
        "Se hva som er nytt hos Telenor denne måneden.\nNyhet: årlig betaling fra 205,34 kr.\nMeld deg av nyhetsbrevet",
      ),
    ],
    [
      "da, what's new",
      mail(
        '"Dinero" <faktura@dinero.dk>',
        "Det er nyt hos Dinero",
        "Nyhed: årlig betaling fra 117,66 kr.\nAfmeld nyhedsbrev",
      ),
    ],
  ])("%s", (_name, m) => {
    const r = extract(m);
    expect(r.isReceipt, r.reasons.join(" · ")).toBe(false);
  });

  it("a food order that was delivered, with its total paid, is its receipt", () => {
    const r = extract(
      mail(
        '"Deliveroo" <noreply@t.deliveroo.com>',
        "Your order has been delivered",
        "Thanks for ordering with Deliveroo.\n\nPad thai   £11.50\nDelivery fee   £2.49\nTotal paid   £13.99",
      ),
    );
    expect(r).toMatchObject({ isReceipt: true, amount: "13.99", currency: "GBP" });
  });
});

describe("payment confirmations, delivered orders and till photos that say they were paid are receipts", () => {
  it.each([
    [
      "de, a till eBon confirming the payment arrived",
      mail(
        '"dm-drogerie markt" <ebon@dm.de>',
        "Dein eBon von dm-drogerie markt",
        "Sehr geehrte Damen und Herren,\nwir bestätigen den Eingang Ihrer Zahlung.\nBuchungsnummer 889956282\nZahnpasta   3,85 €\nGesamtbetrag   19,00 €",
      ),
      "19.00",
    ],
    [
      "pl, a bill whose payment was received",
      mail(
        '"Allegro" <powiadomienia@allegro.pl>',
        "Twój rachunek od Allegro",
        "Potwierdzamy otrzymanie płatności.\nNumer rezerwacji 7652/09/2026\nPapier A4 ryza   154,05 zł\nRazem   228,35 zł",
      ),
      "228.35",
    ],
    [
      "pt, a delivered meal paid in the app",
      mail(
        '"iFood" <naoresponda@mail.ifood.com.br>',
        "Seu pedido no Burger Lab foi entregue",
        "Seu pedido foi entregue!\nObrigado por pedir no iFood.\n2x Cheeseburger — R$ 77,80\nTaxa de entrega: R$ 7,99\nTotal: R$ 85,79\nPago pelo app · Visa final 4471",
      ),
      "85.79",
    ],
    [
      "es, a payment receipt confirmed",
      mail(
        '"Iberdrola" <facturas@iberdrola.es>',
        "Pago recibido",
        "Confirmamos la recepción de su pago.\nReferencia 77123\nImporte total: 61,20 €",
      ),
      "61.20",
    ],
  ])("%s", (_name, m, amount) => {
    const r = extract(m);
    expect(r, r.reasons.join(" · ")).toMatchObject({ isReceipt: true, amount });
  });

  it("a colleague's photo of a till receipt whose only word for it is on the paper", () => {
    const photo: MailDocument = {
      origin: "ocr",
      filename: "IMG_2041.jpg",
      attachmentId: "a1",
      lines: textLines(
        "ICA Supermarket Kista\nKvitto nr 4471\nMjölk   18,90\nBröd   32,50\nATT BETALA   90,27 kr\nKort   90,27",
      ),
    };
    const r = extract(
      mail('"Tom Becker" <tom@northwind-studio.com>', "Expense: ICA", "See attached.", "2026-03-05T12:00:00Z", [photo]),
    );
    expect(r, r.reasons.join(" · ")).toMatchObject({ isReceipt: true, amount: "90.27", currency: "SEK" });
  });
});

describe("invoice totals whose label holds a word that alone is not a total", () => {
  it.each([
    [
      "Balance due",
      "Invoice INV-7667121\nDate: 03/02/2026\nSubtotal: $939.90\nSales tax: $58.74\nBalance due: $998.64",
      "998.64",
      "USD",
    ],
    [
      "Net à payer",
      "Facture 202505-7610\nDate de facture : 02/03/2026\nSous-total 149,80 €\nTVA 20 % 29,96 €\nNet à payer 179,76 €",
      "179.76",
      "EUR",
    ],
    [
      "Total (INR) over a bare number",
      "Invoice 2813761\nIssued: 2026-03-02\nSubtotal (INR)\n79,828.60\nTotal (INR)\n83,820.03 (approx. US$1,003.00)",
      "83820.03",
      "INR",
    ],
  ])("%s", (_label, text, amount, currency) => {
    const r = extract(mail('"Billing" <billing@example-vendor.com>', "Your invoice", text));
    expect(r, r.reasons.join(" · ")).toMatchObject({ isReceipt: true, kind: "invoice", amount, currency });
  });

  it("still refuses the words on their own", () => {
    expect(tierOf("Previous balance")).toBeUndefined();
    expect(tierOf("Montant net")).toBeUndefined();
    expect(tierOf("Balance due")?.tier).toBe("due");
  });

  it("a price that an offer starts at, or a sentence saying the money did not move, labels no total", () => {
    expect(tierOf("Jahresabo ab")).toBeUndefined();
    expect(tierOf("Annual plan from")).toBeUndefined();
    expect(tierOf("We couldn't process your payment of")).toBeUndefined();
    expect(tierOf("Vi kunde inte genomföra din betalning på")).toBeUndefined();
    expect(tierOf("Ihre Zahlung über")?.tier).toBe("paid");
  });
});

describe("the document's own date", () => {
  it("is never after the day the document was mailed: a collection day is not the invoice date", () => {
    const r = extract(
      mail(
        '"Notion" <team@makenotion.com>',
        "[Notion] Invoice R-4139387",
        "Invoice R-4139387\nDue date | March 19, 2026\nPlus plan | $367.00\nBalance due | $367.00\nPayment will be collected by direct debit on March 19, 2026.",
        "2026-03-05T09:00:00Z",
      ),
    );
    expect(r).toMatchObject({ isReceipt: true, date: "2026-03-05" });
  });

  it("is the invoice date when one label names it together with the service date", () => {
    expect(dateLabelKind("Rechnungsdatum / Leistungsdatum")).toMatchObject({ kind: "own" });
    expect(dateLabelKind("Leistungsdatum")).toEqual({ kind: "other" });
    const r = extract(
      mail(
        '"Swisscom" <noreply@swisscom.ch>',
        "Ihre Rechnung ist da",
        "hier ist Ihre aktuelle Rechnung.\nRechnungsdatum / Leistungsdatum\n2. März 2026\nFälligkeitsdatum\n1. April 2026\nGesamtsumme\nFr. 594.55",
      ),
    );
    expect(r).toMatchObject({ isReceipt: true, date: "2026-03-02", amount: "594.55", currency: "CHF" });
  });

  it("is not the end of a billing period", () => {
    const r = extract(
      mail(
        '"さくらインターネット" <billing@sakura.ad.jp>',
        "2026年3月分ご請求金額のお知らせ",
        "請求書 INV-1\nご利用期間 | 2026/02/04 – 2026/03/03\n小計 | 23,741 円\n今回ご請求額 | 26,115 円",
        "2026-03-05T01:00:00Z",
      ),
    );
    expect(r).toMatchObject({ isReceipt: true, amount: "26115", currency: "JPY", date: "2026-03-05" });
  });

  it("of a refund is not the date of the order it refunds", () => {
    const r = extract(
      mail(
        '"DSB" <kvittering@dsb.dk>',
        "Refusion fra DSB",
        "Vi har modtaget din returnering og refunderet beløbet.\nOrdredato: 18. februar 2026\nI alt | 103,65 kr",
        "2026-03-05T10:00:00Z",
      ),
    );
    expect(r).toMatchObject({
      isReceipt: true,
      kind: "refund",
      amount: "-103.65",
      currency: "DKK",
      date: "2026-03-05",
    });
  });
});

describe("who the receipt is from", () => {
  it("a processor's subject that leads with the merchant names the merchant", () => {
    const r = extract(
      mail(
        '"Square" <receipts@messaging.squareup.com>',
        "Café Lumière – receipt #INV-2236221",
        "We received your payment. Thank you!\nGrand total: C$54.33",
      ),
    );
    expect(r).toMatchObject({ isReceipt: true, vendor: "Café Lumière", currency: "CAD" });
  });

  it("a processor's receipt headed with the merchant's name, forwarded by a colleague", () => {
    const text =
      "---------- Forwarded message ---------\nFrom: Square <receipts@messaging.squareup.com>\nDate: Wed, 04 Mar 2026 05:21 UTC\nSubject: Receipt #2053955\nTo: <tom@example.com>\n\nCafé Lumière\nWe received your payment. Thank you!\nGrand total: C$54.33";
    expect(extract(mail('"Tom Becker" <tom@northwind-studio.com>', "Fwd: Receipt #2053955", text))).toMatchObject({
      isReceipt: true,
      vendor: "Café Lumière",
    });
  });

  it("a till photo is from the shop on it, written as the sender's note writes it, and its kr is the receipt's own", () => {
    const photo: MailDocument = {
      origin: "ocr",
      filename: "photo.jpg",
      attachmentId: "a1",
      lines: textLines(
        "KIWI MAJORSTUEN\nOrg.nr 912 345 678 MVA\nMelk 1 l   24,90\nBrød   39,90\nTOTALT   184,79 kr\nBetalt med bankkort\nMVA 15 %   24,10",
      ),
    };
    const r = extract(
      mail(
        '"Tom Becker" <tom@northwind-studio.com>',
        "Expense: Kiwi Majorstuen",
        "Hi,\n\nPhoto of the receipt attached. Paid with the company card.",
        "2026-03-05T12:00:00Z",
        [photo],
      ),
    );
    expect(r, r.reasons.join(" · ")).toMatchObject({
      isReceipt: true,
      vendor: "Kiwi Majorstuen",
      amount: "184.79",
      currency: "NOK",
    });
  });
});

describe("phrases with words in between", () => {
  it("match within one line only", () => {
    const list = phraseList(["zahlung … abgelehnt"]);
    expect(list.test(fold("Ihre Zahlung an Lufthansa wurde abgelehnt"))).toBe(true);
    expect(list.test(fold("Ihre Zahlung ist eingegangen.\n\nKarte abgelehnt? Nie."))).toBe(false);
  });
});
