import type { Lexicon } from "./types";

export const nb: Lexicon = {
  receipt: {
    subjects: [
      "Kvittering fra {vendor}",
      "Din kvittering",
      "Takk for bestillingen",
      "Ordrebekreftelse {number}",
      "Betalingsbekreftelse",
      "Vi har mottatt betalingen din",
      "Kvittering for kjøp {number}",
    ],
    bySector: {
      rail: ["Kvittering for reisen din", "Billett og kvittering – {number}"],
      grocery: ["Din digitale kvittering fra {vendor}", "Kvittering fra {vendor}"],
    },
    intros: [
      ["Takk for betalingen.", "Her er kvitteringen din."],
      ["Hei!", "Takk for bestillingen. Betalingen er gjennomført."],
      ["Betalingen din er registrert."],
      ["Takk for handelen!"],
    ],
    titles: ["Kvittering", "Betalingsbekreftelse"],
  },
  invoice: {
    subjects: [
      "Faktura {number} fra {vendor}",
      "Din faktura {number}",
      "Fakturaen din for {month} er klar",
      "Ny faktura tilgjengelig",
      "Faktura fra {vendor}",
    ],
    pdfSubjects: [
      "Faktura {number}",
      "Din faktura {number}",
      "Faktura fra {vendor}",
      "Faktura {number} – {vendor}",
      "Månedsfaktura",
    ],
    intros: [
      ["Hei!", "Fakturaen din for {month} er nå tilgjengelig."],
      ["Hei,", "her er fakturaen din."],
    ],
    pdfIntros: [
      ["Hei!", "Vedlagt finner du fakturaen som PDF."],
      ["Hei,", "vi sender deg herved faktura {number}."],
      ["Hei!", "Fakturaen ligger vedlagt."],
    ],
    debitNotes: [
      "Beløpet trekkes via AvtaleGiro {due}.",
      "Vennligst betal innen {due}.",
      "Beløpet belastes kortet ditt.",
    ],
    title: "FAKTURA",
    file: "faktura",
  },
  refund: {
    subjects: [
      "Refusjon fra {vendor}",
      "Refusjonen er behandlet",
      "Vi har refundert {amount}",
      "Refusjon for ordre {number}",
    ],
    intros: [
      ["Vi har behandlet refusjonen din.", "Det kan ta 5–10 virkedager før beløpet vises på kontoen."],
      ["Hei!", "Vi har mottatt returen din og refundert beløpet."],
    ],
    titles: ["Refusjon", "Kvittering for refusjon"],
    creditSubjects: ["Kreditnota {number}", "Kreditnota {number} fra {vendor}", "Kreditering av faktura"],
    creditIntros: [
      ["Hei,", "vedlagt finner du en kreditnota."],
      ["Hei!", "Vi har kreditert fakturaen din. Se vedlegg."],
    ],
    creditTitle: "KREDITNOTA",
    creditFile: "kreditnota",
    reasons: ["Retur", "Avbestilling", "Kompensasjon", "Dobbelt trekk", "Priskorrigering"],
  },
  labels: {
    total: ["Totalt", "Sum", "Å betale", "Totalbeløp", "Betalt"],
    amountDue: ["Å betale", "Beløp å betale", "Totalt å betale", "Fakturabeløp", "Sum"],
    refundTotal: ["Refundert beløp", "Beløp refundert", "Kreditert beløp", "Totalt"],
    subtotal: ["Delsum", "Sum ekskl. mva"],
    net: "Netto",
    discount: "Rabatt",
    shipping: "Frakt",
    date: ["Dato", "Betalingsdato", "Kjøpsdato"],
    invoiceDate: ["Fakturadato", "Dato", "Fakturadato"],
    dueDate: ["Forfallsdato", "Betales innen", "Forfall"],
    refundDate: ["Refusjonsdato", "Refundert", "Dato"],
    orderDate: "Ordredato",
    receiptNo: ["Kvitteringsnr.", "Referanse", "Transaksjons-ID"],
    invoiceNo: ["Fakturanummer", "Fakturanr.", "KID"],
    orderNo: ["Ordrenummer", "Bestillingsnummer", "Referansenr."],
    customerNo: "Kundenummer",
    vatId: "Org.nr.",
    paymentMethod: "Betalingsmåte",
    card: "{brand} som slutter på {last4}",
    period: "Periode",
    nextBilling: "Neste faktura",
    description: "Beskrivelse",
    qty: "Antall",
    unitPrice: "Enhetspris",
    amount: "Beløp",
    originalInvoice: "Gjelder faktura",
    terms: [
      "Betalingsbetingelser: {days} dager.",
      "Betales innen {due}.",
      "Ved for sen betaling påløper forsinkelsesrente.",
    ],
    bank: "Kontonummer",
    page: "Side 1 av 1",
    paid: "BETALT",
    taxIncluded: "Herav mva {rate}",
    billTo: "Fakturamottaker",
  },
  outros: [
    "Har du spørsmål? Svar på denne e-posten.",
    "Ta vare på kvitteringen.",
    "Takk for at du valgte oss.",
    "Trenger du hjelp? Besøk kundeservice.",
  ],
  greetings: ["Hei!", "Hei,", "Kjære kunde,"],
  regards: ["Med vennlig hilsen", "Vennlig hilsen", "Hilsen"],
  till: {
    total: ["TOTALT", "Å BETALE", "SUM", "TOTALT NOK"],
    card: ["BANKAXEPT", "KORT", "VISA KONTAKTLØS"],
    cash: "KONTANT",
    change: "VEKSEL",
    vat: "MVA",
    net: "Grunnlag",
    gross: "Brutto",
    thanks: ["TAKK FOR HANDELEN", "VELKOMMEN TILBAKE"],
    receiptNo: "Kvittering nr",
    cashier: "Kasse",
    items: ["LETTMELK 1L", "GROVBRØD", "BANANER", "EGG 12 STK", "NORVEGIA 1KG", "KAFFE FILTERMALT", "EPLER", "BRUNOST"],
    subjects: ["Din digitale kvittering fra {vendor}", "Kvittering {date}", "Kvitteringen din"],
    lines: [
      ["Takk for handelen.", "Kvitteringen ligger vedlagt."],
      ["Hei!", "Her er den digitale kvitteringen din."],
    ],
    file: "kvittering",
  },
  neg: {
    shipping: {
      subjects: ["Ordren din {order} er sendt", "Pakken din er på vei", "Spor pakken din", "Pakken leveres i dag"],
      lines: [["Gode nyheter! Ordren din er sendt."], ["Pakken er levert til Posten.", "Forventet levering: {date}."]],
    },
    newsletter: {
      subjects: ["Nytt fra {vendor} i {month}", "Dette er nytt hos {vendor}", "Nyhetsbrevet ditt"],
      lines: [
        ["Se hva som er nytt hos {vendor} denne måneden.", "Abonnement fra {amount} per måned."],
        ["Nyhet: årlig betaling fra {amount}."],
      ],
    },
    promotion: {
      subjects: ["Kun denne helgen: {days} % rabatt", "Tilbud fra {amount}", "{vendor}: siste sjanse"],
      lines: [
        ["Tidsbegrenset: {days} % på alt.", "Fra {amount}. Gjelder til {date}."],
        ["Spar {amount} på neste bestilling."],
      ],
    },
    passwordReset: {
      subjects: ["Tilbakestill passordet ditt", "Sikkerhetsvarsel for {vendor}-kontoen din", "Engangskoden din"],
      lines: [
        ["Vi har mottatt en forespørsel om å tilbakestille passordet ditt.", "Var det ikke deg? Ta kontakt med oss."],
        ["Vi har registrert en ny innlogging på kontoen din."],
      ],
    },
    paymentFailed: {
      subjects: ["Betalingen mislyktes", "Betalingen din til {vendor} ble avvist", "Vi fikk ikke belastet kortet ditt"],
      lines: [
        ["Vi kunne ikke gjennomføre betalingen på {amount}.", "Oppdater betalingsmåten din."],
        ["Trekket på {amount} ble avvist.", "Vi prøver igjen {date}."],
      ],
    },
    awaitingPayment: {
      subjects: ["Ordren din {order} venter på betaling", "Fullfør betalingen", "Vi venter på betalingen din"],
      lines: [
        ["Vi har reservert ordren din, men har ikke mottatt betaling ennå.", "Betal {amount} innen {date}."],
        ["Ordren behandles når vi har mottatt {amount}."],
      ],
    },
    upcomingInvoice: {
      subjects: ["Din neste faktura fra {vendor}", "Forhåndsvisning av neste faktura", "Neste trekk {date}"],
      lines: [
        ["Dette er en forhåndsvisning av din neste faktura.", "{date} trekker vi {amount}."],
        ["Neste faktura lages {date}. Anslått beløp: {amount}."],
      ],
    },
    quote: {
      subjects: ["Tilbud {number} fra {vendor}", "Ditt tilbud {number}", "Pristilbud {number}"],
      lines: [
        ["Takk for forespørselen.", "Vedlagt finner du vårt tilbud, gyldig i 30 dager."],
        ["Som avtalt sender vi pristilbudet. Ingenting er belastet."],
      ],
    },
    renewalReminder: {
      subjects: [
        "Abonnementet ditt fornyes snart",
        "Påminnelse: fornyelse om 7 dager",
        "{vendor}-abonnementet fornyes {date}",
      ],
      lines: [["Abonnementet fornyes automatisk {date}.", "Vi trekker da {amount}."], ["Du trenger ikke gjøre noe."]],
    },
    quoteDoc: {
      title: "TILBUD",
      total: ["Sum tilbud", "Totalt", "Å betale"],
      validUntil: "Gyldig til",
      file: "tilbud",
    },
  },
  staffPhoto: {
    subjects: ["Kvittering {vendor}", "kvittering fra i dag", "utlegg", "Kvittering til regnskap"],
    lines: [
      ["Hei,", "vedlagt bilde av kvitteringen. Betalt med firmakortet."],
      ["Kan du føre denne?", "Takk!"],
    ],
  },
};
