import type { Lexicon } from "./types";

export const da: Lexicon = {
  receipt: {
    subjects: [
      "Kvittering fra {vendor}",
      "Din kvittering",
      "Tak for din bestilling",
      "Ordrebekræftelse {number}",
      "Betalingsbekræftelse",
      "Vi har modtaget din betaling",
      "Kvittering for køb {number}",
    ],
    bySector: {
      rail: ["Kvittering for din rejse", "Din billet og kvittering – {number}"],
      grocery: ["Din digitale kvittering fra {vendor}", "Kvittering fra {vendor}"],
      food: ["Kvittering for din ordre hos {vendor}"],
    },
    intros: [
      ["Tak for din betaling.", "Her er din kvittering."],
      ["Hej!", "Tak for din bestilling. Betalingen er gennemført."],
      ["Din betaling er registreret."],
      ["Tak for dit køb!"],
    ],
    titles: ["Kvittering", "Betalingsbekræftelse"],
  },
  invoice: {
    subjects: [
      "Faktura {number} fra {vendor}",
      "Din faktura {number}",
      "Din regning for {month} er klar",
      "Ny faktura tilgængelig",
      "Din regning fra {vendor}",
    ],
    pdfSubjects: [
      "Faktura {number}",
      "Din faktura {number}",
      "Faktura fra {vendor}",
      "Faktura {number} – {vendor}",
      "Månedens regning",
    ],
    intros: [
      ["Hej!", "Din regning for {month} er nu klar."],
      ["Hej,", "her er din faktura."],
    ],
    pdfIntros: [
      ["Hej!", "Vedhæftet finder du din faktura som PDF."],
      ["Hej,", "hermed fremsendes faktura {number}."],
      ["Kære kunde,", "din faktura er vedhæftet."],
    ],
    debitNotes: [
      "Beløbet trækkes via Betalingsservice den {due}.",
      "Betal venligst senest {due}.",
      "Beløbet trækkes på dit kort.",
    ],
    title: "FAKTURA",
    file: "faktura",
  },
  refund: {
    subjects: [
      "Refusion fra {vendor}",
      "Din refusion er gennemført",
      "Vi har refunderet {amount}",
      "Refusion af ordre {number}",
    ],
    intros: [
      ["Vi har gennemført din refusion.", "Der kan gå 5–10 bankdage, før beløbet står på din konto."],
      ["Hej!", "Vi har modtaget din returnering og refunderet beløbet."],
    ],
    titles: ["Refusion", "Kvittering for refusion"],
    creditSubjects: ["Kreditnota {number}", "Kreditnota {number} fra {vendor}", "Kreditering af faktura"],
    creditIntros: [
      ["Hej,", "vedhæftet finder du en kreditnota."],
      ["Kære kunde,", "vi har krediteret din faktura. Se vedhæftede."],
    ],
    creditTitle: "KREDITNOTA",
    creditFile: "kreditnota",
    reasons: ["Returnering", "Afbestilling", "Kompensation", "Dobbelt træk", "Priskorrektion"],
  },
  labels: {
    total: ["I alt", "Total", "Betalt", "Beløb i alt", "Total inkl. moms"],
    amountDue: ["I alt at betale", "At betale", "Total inkl. moms", "Fakturabeløb", "I alt"],
    refundTotal: ["Refunderet beløb", "Refusion i alt", "Krediteret beløb", "I alt"],
    subtotal: ["Subtotal", "Total ekskl. moms"],
    net: "Ekskl. moms",
    discount: "Rabat",
    shipping: "Fragt",
    date: ["Dato", "Betalingsdato", "Købsdato"],
    invoiceDate: ["Fakturadato", "Dato", "Fakturadato"],
    dueDate: ["Forfaldsdato", "Betales senest", "Sidste rettidige betaling"],
    refundDate: ["Refusionsdato", "Refunderet den", "Dato"],
    orderDate: "Ordredato",
    receiptNo: ["Kvitteringsnr.", "Reference", "Transaktions-ID"],
    invoiceNo: ["Fakturanummer", "Fakturanr.", "Faktura nr."],
    orderNo: ["Ordrenummer", "Ordrenr.", "Bookingnummer"],
    customerNo: "Kundenummer",
    vatId: "CVR-nr.",
    paymentMethod: "Betalingsmetode",
    card: "{brand} der ender på {last4}",
    period: "Periode",
    nextBilling: "Næste regning",
    description: "Beskrivelse",
    qty: "Antal",
    unitPrice: "Stk.-pris",
    amount: "Beløb",
    originalInvoice: "Vedrørende faktura",
    terms: [
      "Betalingsbetingelser: netto {days} dage.",
      "Betales senest {due}.",
      "Ved for sen betaling tillægges renter.",
    ],
    bank: "Bankoplysninger",
    page: "Side 1 af 1",
    paid: "BETALT",
    taxIncluded: "Heraf moms {rate}",
    billTo: "Faktureres til",
  },
  outros: [
    "Har du spørgsmål? Svar på denne mail.",
    "Gem kvitteringen.",
    "Tak fordi du valgte os.",
    "Brug for hjælp? Besøg kundeservice.",
  ],
  greetings: ["Hej!", "Hej,", "Kære kunde,"],
  regards: ["Med venlig hilsen", "Venlig hilsen", "Mange hilsner"],
  till: {
    total: ["I ALT", "TOTAL", "AT BETALE", "TOTAL DKK"],
    card: ["DANKORT", "KORT", "VISA/DANKORT"],
    cash: "KONTANT",
    change: "BYTTEPENGE",
    vat: "MOMS",
    net: "Netto",
    gross: "Brutto",
    thanks: ["TAK FOR BESØGET", "PÅ GENSYN"],
    receiptNo: "Bon nr",
    cashier: "Kasse",
    items: ["LETMÆLK 1L", "RUGBRØD", "BANANER", "ØKO ÆG 10 STK", "SMØR 250G", "KAFFE", "ÆBLER", "OST 45+"],
    subjects: ["Din digitale kvittering fra {vendor}", "Kvittering {date}", "Din kvittering"],
    lines: [
      ["Tak for dit køb.", "Din kvittering er vedhæftet."],
      ["Hej!", "Her er din digitale kvittering."],
    ],
    file: "kvittering",
  },
  neg: {
    shipping: {
      subjects: ["Din ordre {order} er afsendt", "Din pakke er på vej", "Følg din pakke", "Din pakke leveres i dag"],
      lines: [
        ["Gode nyheder! Din ordre er afsendt."],
        ["Pakken er overdraget til PostNord.", "Forventet levering: {date}."],
      ],
    },
    newsletter: {
      subjects: ["Nyt fra {vendor} i {month}", "Det er nyt hos {vendor}", "Dit nyhedsbrev"],
      lines: [
        ["Se hvad der er nyt hos {vendor} denne måned.", "Abonnementer fra {amount} om måneden."],
        ["Nyhed: årlig betaling fra {amount}."],
      ],
    },
    promotion: {
      subjects: ["Kun i weekenden: {days} % rabat", "Tilbud fra {amount}", "{vendor}: sidste chance"],
      lines: [
        ["Tidsbegrænset: {days} % på alt.", "Fra {amount}. Gælder til {date}."],
        ["Spar {amount} på din næste bestilling."],
      ],
    },
    passwordReset: {
      subjects: ["Nulstil din adgangskode", "Sikkerhedsadvarsel for din {vendor}-konto", "Din bekræftelseskode"],
      lines: [
        ["Vi har modtaget en anmodning om at nulstille din adgangskode.", "Var det ikke dig? Kontakt os."],
        ["Vi har registreret et nyt login på din konto."],
      ],
    },
    paymentFailed: {
      subjects: ["Betalingen mislykkedes", "Din betaling til {vendor} blev afvist", "Vi kunne ikke trække beløbet"],
      lines: [
        ["Vi kunne ikke gennemføre din betaling på {amount}.", "Opdater din betalingsmetode."],
        ["Betalingsservice-trækket på {amount} blev afvist.", "Vi prøver igen den {date}."],
      ],
    },
    awaitingPayment: {
      subjects: ["Din ordre {order} afventer betaling", "Gennemfør din betaling", "Vi afventer din betaling"],
      lines: [
        ["Vi har reserveret din ordre, men har endnu ikke modtaget betaling.", "Betal {amount} senest {date}."],
        ["Ordren behandles, når vi har modtaget {amount}."],
      ],
    },
    upcomingInvoice: {
      subjects: ["Din kommende regning fra {vendor}", "Forhåndsvisning af næste faktura", "Næste træk den {date}"],
      lines: [
        ["Dette er en forhåndsvisning af din kommende regning.", "Den {date} trækker vi {amount}."],
        ["Din næste faktura dannes den {date}. Forventet beløb: {amount}."],
      ],
    },
    quote: {
      subjects: ["Tilbud {number} fra {vendor}", "Dit tilbud {number}", "Prisoverslag {number}"],
      lines: [
        ["Tak for din henvendelse.", "Vedhæftet finder du vores tilbud, som gælder i 30 dage."],
        ["Som aftalt sender vi prisoverslaget. Intet er trukket."],
      ],
    },
    renewalReminder: {
      subjects: [
        "Dit abonnement fornyes snart",
        "Påmindelse: fornyelse om 7 dage",
        "Dit {vendor}-abonnement fornyes den {date}",
      ],
      lines: [
        ["Dit abonnement fornyes automatisk den {date}.", "Vi trækker da {amount}."],
        ["Du behøver ikke gøre noget."],
      ],
    },
    quoteDoc: { title: "TILBUD", total: ["Tilbud i alt", "I alt", "Total"], validUntil: "Gyldigt til", file: "tilbud" },
  },
  staffPhoto: {
    subjects: ["Kvittering {vendor}", "bon fra i dag", "udlæg", "Kvittering til bogholderiet"],
    lines: [
      ["Hej,", "vedhæfter billede af bonen. Betalt med firmakortet."],
      ["Vil du bogføre den?", "Tak!"],
    ],
  },
};
