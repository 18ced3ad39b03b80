import type { Lexicon } from "./types";

export const sv: Lexicon = {
  receipt: {
    subjects: [
      "Ditt kvitto från {vendor}",
      "Kvitto på ditt köp",
      "Tack för din beställning",
      "Orderbekräftelse {number}",
      "Betalningsbekräftelse",
      "Vi har tagit emot din betalning",
      "Kvitto {number}",
    ],
    bySector: {
      rail: ["Din bokningsbekräftelse och ditt kvitto", "Kvitto för din resa {number}"],
      grocery: ["Ditt digitala kvitto från {vendor}", "Kvitto från {vendor}"],
      ride: ["Kvitto för din resa med {vendor}"],
    },
    intros: [
      ["Tack för din betalning.", "Här är ditt kvitto."],
      ["Hej!", "Tack för din beställning. Betalningen är genomförd."],
      ["Din betalning har gått igenom."],
      ["Tack för ditt köp!"],
    ],
    titles: ["Kvitto", "Betalningsbekräftelse"],
  },
  invoice: {
    subjects: [
      "Din faktura {number}",
      "Faktura {number} från {vendor}",
      "Din faktura för {month} är klar",
      "Ny faktura tillgänglig",
      "Faktura från {vendor}",
    ],
    pdfSubjects: [
      "Faktura {number}",
      "Din faktura {number}",
      "Faktura från {vendor}",
      "Faktura {number} – {vendor}",
      "Din månadsfaktura",
    ],
    intros: [
      ["Hej!", "Din faktura för {month} finns nu tillgänglig."],
      ["Hej,", "här kommer din faktura."],
    ],
    pdfIntros: [
      ["Hej!", "Bifogat finns din faktura som pdf."],
      ["Hej,", "vi skickar härmed faktura {number}."],
      ["Hej!", "Du hittar fakturan i bilagan."],
    ],
    debitNotes: ["Beloppet dras via autogiro den {due}.", "Betala senast {due}.", "Beloppet dras från ditt kort."],
    title: "FAKTURA",
    file: "faktura",
  },
  refund: {
    subjects: [
      "Din återbetalning från {vendor}",
      "Återbetalning genomförd",
      "Vi har återbetalat {amount}",
      "Återbetalning för order {number}",
    ],
    intros: [
      ["Vi har genomfört din återbetalning.", "Det kan ta 5–10 bankdagar innan pengarna syns på ditt konto."],
      ["Hej!", "Vi har tagit emot din retur och betalat tillbaka beloppet."],
    ],
    titles: ["Återbetalning", "Kvitto på återbetalning"],
    creditSubjects: ["Kreditfaktura {number}", "Din kreditfaktura {number} från {vendor}", "Kreditnota"],
    creditIntros: [
      ["Hej,", "bifogat finns en kreditfaktura."],
      ["Hej!", "Vi har krediterat din faktura. Se bilagan."],
    ],
    creditTitle: "KREDITFAKTURA",
    creditFile: "kreditfaktura",
    reasons: ["Retur", "Avbokning", "Kompensation", "Dubbeldebitering", "Priskorrigering"],
  },
  labels: {
    total: ["Totalt", "Summa", "Att betala", "Totalt belopp", "Betalt"],
    amountDue: ["Att betala", "Summa att betala", "Totalt att betala", "Fakturabelopp", "Totalt"],
    refundTotal: ["Återbetalt belopp", "Belopp att återbetala", "Krediterat belopp", "Totalt"],
    subtotal: ["Delsumma", "Summa exkl. moms"],
    net: "Netto",
    discount: "Rabatt",
    shipping: "Frakt",
    date: ["Datum", "Betaldatum", "Köpdatum"],
    invoiceDate: ["Fakturadatum", "Datum", "Fakturadatum"],
    dueDate: ["Förfallodatum", "Betala senast", "Förfallodag"],
    refundDate: ["Återbetalningsdatum", "Återbetalt", "Datum"],
    orderDate: "Orderdatum",
    receiptNo: ["Kvittonummer", "Referens", "Transaktions-ID"],
    invoiceNo: ["Fakturanummer", "Fakturanr", "OCR-nummer"],
    orderNo: ["Ordernummer", "Bokningsnummer", "Ordernr"],
    customerNo: "Kundnummer",
    vatId: "Momsreg.nr",
    paymentMethod: "Betalsätt",
    card: "{brand} som slutar på {last4}",
    period: "Period",
    nextBilling: "Nästa faktura",
    description: "Beskrivning",
    qty: "Antal",
    unitPrice: "À-pris",
    amount: "Belopp",
    originalInvoice: "Avser faktura",
    terms: ["Betalningsvillkor: {days} dagar netto.", "Betala senast {due}.", "Dröjsmålsränta enligt lag."],
    bank: "Bankgiro",
    page: "Sida 1 av 1",
    paid: "BETALD",
    taxIncluded: "Varav moms {rate}",
    billTo: "Fakturaadress",
  },
  outros: [
    "Har du frågor? Svara på det här mejlet.",
    "Spara kvittot.",
    "Tack för att du valde oss.",
    "Behöver du hjälp? Besök vår kundtjänst.",
  ],
  greetings: ["Hej!", "Hej,", "Hej kund,"],
  regards: ["Vänliga hälsningar,", "Med vänlig hälsning,", "Hälsningar,"],
  till: {
    total: ["Totalt", "ATT BETALA", "TOTALT SEK", "Summa"],
    card: ["KORT", "Kortköp", "KONTAKTLÖST"],
    cash: "KONTANT",
    change: "VÄXEL",
    vat: "Moms",
    net: "Netto",
    gross: "Brutto",
    thanks: ["TACK FÖR DITT BESÖK", "VÄLKOMMEN ÅTER"],
    receiptNo: "Kvitto nr",
    cashier: "Kassa",
    items: [
      "MELLANMJÖLK 1,5%",
      "KNÄCKEBRÖD",
      "BANANER",
      "ÄGG 12-P",
      "SMÖR 500G",
      "BRYGGKAFFE",
      "ÄPPLEN",
      "HUSHÅLLSOST",
    ],
    subjects: ["Ditt digitala kvitto från {vendor}", "Kvitto {date}", "Ditt kvitto"],
    lines: [
      ["Tack för ditt köp.", "Ditt kvitto finns som bilaga."],
      ["Hej!", "Här kommer ditt digitala kvitto."],
    ],
    file: "kvitto",
  },
  neg: {
    shipping: {
      subjects: [
        "Din order {order} har skickats",
        "Ditt paket är på väg",
        "Spåra ditt paket",
        "Ditt paket levereras i dag",
      ],
      lines: [
        ["Goda nyheter! Din order har skickats."],
        ["Paketet har lämnats till PostNord.", "Beräknad leverans: {date}."],
      ],
    },
    newsletter: {
      subjects: ["Nyheter från {vendor} i {month}", "Det här är nytt hos {vendor}", "Ditt nyhetsbrev"],
      lines: [
        ["Upptäck nyheterna hos {vendor} den här månaden.", "Abonnemang från {amount} per månad."],
        ["Nytt: årsbetalning från {amount}."],
      ],
    },
    promotion: {
      subjects: ["Bara i helgen: {days} % rabatt", "Erbjudanden från {amount}", "{vendor}: sista chansen"],
      lines: [
        ["Tidsbegränsat: {days} % på allt.", "Från {amount}. Till och med {date}."],
        ["Spara {amount} på din nästa beställning."],
      ],
    },
    passwordReset: {
      subjects: ["Återställ ditt lösenord", "Säkerhetsvarning för ditt {vendor}-konto", "Din verifieringskod"],
      lines: [
        ["Vi har fått en begäran om att återställa ditt lösenord.", "Var det inte du? Kontakta oss."],
        ["En ny inloggning på ditt konto har upptäckts."],
      ],
    },
    paymentFailed: {
      subjects: [
        "Betalningen misslyckades",
        "Din betalning till {vendor} nekades",
        "Vi kunde inte dra pengar från ditt kort",
      ],
      lines: [
        ["Vi kunde inte genomföra din betalning på {amount}.", "Uppdatera ditt betalsätt."],
        ["Autogirodragningen på {amount} misslyckades.", "Vi försöker igen den {date}."],
      ],
    },
    awaitingPayment: {
      subjects: ["Din order {order} väntar på betalning", "Slutför din betalning", "Vi väntar på din betalning"],
      lines: [
        ["Vi har reserverat din order men inte fått någon betalning ännu.", "Betala {amount} senast {date}."],
        ["Ordern behandlas när vi har tagit emot {amount}."],
      ],
    },
    upcomingInvoice: {
      subjects: ["Din kommande faktura från {vendor}", "Förhandsvisning av nästa faktura", "Nästa dragning {date}"],
      lines: [
        ["Det här är en förhandsvisning av din kommande faktura.", "Den {date} drar vi {amount}."],
        ["Nästa faktura skapas den {date}. Beräknat belopp: {amount}."],
      ],
    },
    quote: {
      subjects: ["Offert {number} från {vendor}", "Din offert {number}", "Prisförslag {number}"],
      lines: [
        ["Tack för din förfrågan.", "Bifogat finns vår offert som gäller i 30 dagar."],
        ["Som vi pratade om kommer här vårt prisförslag. Inget har debiterats."],
      ],
    },
    renewalReminder: {
      subjects: [
        "Ditt abonnemang förnyas snart",
        "Påminnelse: förnyelse om 7 dagar",
        "Ditt {vendor}-abonnemang förnyas {date}",
      ],
      lines: [
        ["Ditt abonnemang förnyas automatiskt den {date}.", "Vi drar då {amount}."],
        ["Du behöver inte göra något."],
      ],
    },
    quoteDoc: {
      title: "OFFERT",
      total: ["Summa offert", "Totalt", "Att betala"],
      validUntil: "Giltig till",
      file: "offert",
    },
  },
  staffPhoto: {
    subjects: ["Kvitto {vendor}", "kvitto från i dag", "utlägg", "Kvitto till bokföringen"],
    lines: [
      ["Hej,", "bifogar en bild på kvittot. Betalt med företagskortet."],
      ["Bokför gärna.", "Tack!"],
    ],
  },
};
