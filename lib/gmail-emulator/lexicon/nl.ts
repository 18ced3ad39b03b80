import type { Lexicon } from "./types";

export const nl: Lexicon = {
  receipt: {
    subjects: [
      "Je betaalbewijs van {vendor}",
      "Betalingsbevestiging",
      "Bedankt voor je bestelling",
      "Bevestiging van je bestelling {number}",
      "Je betaling is ontvangen",
      "Ontvangstbewijs {number}",
      "Je aankoop bij {vendor}",
    ],
    bySector: {
      rail: ["Je reisbevestiging en betaalbewijs", "Je e-ticket van {vendor}"],
      grocery: ["Je kassabon van {vendor}", "Je digitale kassabon"],
      shop: ["Bedankt voor je bestelling bij {vendor}", "Orderbevestiging {number}"],
    },
    intros: [
      ["Bedankt voor je betaling.", "Hier is je betaalbewijs."],
      ["Hoi,", "bedankt voor je bestelling. We hebben je betaling ontvangen."],
      ["Je betaling is gelukt."],
      ["Bedankt voor je aankoop!"],
    ],
    titles: ["Betaalbewijs", "Ontvangstbewijs", "Betalingsbevestiging"],
  },
  invoice: {
    subjects: [
      "Je factuur {number}",
      "Factuur {number} van {vendor}",
      "Je factuur van {month} staat klaar",
      "Nieuwe factuur beschikbaar",
      "Uw factuur van {vendor}",
    ],
    pdfSubjects: [
      "Factuur {number}",
      "Uw factuur {number}",
      "Je {vendor} factuur",
      "Factuur {number} – {vendor}",
      "Uw maandfactuur",
    ],
    intros: [
      ["Beste klant,", "je factuur van {month} staat voor je klaar."],
      ["Geachte heer/mevrouw,", "hieronder vindt u de gegevens van uw factuur."],
    ],
    pdfIntros: [
      ["Beste klant,", "in de bijlage vind je je factuur als pdf."],
      ["Geachte heer/mevrouw,", "bijgaand ontvangt u factuur {number}."],
      ["Hallo,", "je factuur zit als bijlage bij deze e-mail."],
    ],
    debitNotes: [
      "Het bedrag wordt rond {due} automatisch afgeschreven.",
      "Graag het bedrag vóór {due} overmaken.",
      "Het bedrag wordt van je creditcard afgeschreven.",
    ],
    title: "FACTUUR",
    file: "factuur",
  },
  refund: {
    subjects: [
      "Je terugbetaling van {vendor}",
      "Terugbetaling verwerkt",
      "We hebben je {amount} teruggestort",
      "Bevestiging terugbetaling bestelling {number}",
    ],
    intros: [
      ["We hebben je terugbetaling verwerkt.", "Het kan 5 tot 10 werkdagen duren voordat je het ziet."],
      ["Hoi,", "we hebben je retour ontvangen en het bedrag teruggestort."],
    ],
    titles: ["Terugbetaling", "Bevestiging terugbetaling"],
    creditSubjects: ["Creditnota {number}", "Uw creditfactuur {number} – {vendor}", "Creditnota bij uw factuur"],
    creditIntros: [
      ["Geachte heer/mevrouw,", "bijgaand ontvangt u een creditnota."],
      ["Beste klant,", "we hebben een creditfactuur voor je opgemaakt."],
    ],
    creditTitle: "CREDITNOTA",
    creditFile: "creditnota",
    reasons: ["Retour", "Annulering", "Coulance", "Dubbele afschrijving", "Prijscorrectie"],
  },
  labels: {
    total: ["Totaal", "Totaalbedrag", "Betaald", "Totaal betaald", "Totaal (incl. btw)"],
    amountDue: ["Totaal te betalen", "Totaalbedrag", "Factuurbedrag", "Te betalen", "Totaal incl. btw"],
    refundTotal: ["Terugbetaald bedrag", "Totaal teruggestort", "Creditbedrag", "Totaal"],
    subtotal: ["Subtotaal", "Totaal excl. btw"],
    net: "Totaal excl. btw",
    discount: "Korting",
    shipping: "Verzendkosten",
    date: ["Datum", "Betaaldatum", "Aankoopdatum"],
    invoiceDate: ["Factuurdatum", "Datum", "Factuurdatum"],
    dueDate: ["Vervaldatum", "Uiterste betaaldatum", "Te betalen vóór"],
    refundDate: ["Datum terugbetaling", "Teruggestort op", "Datum"],
    orderDate: "Besteldatum",
    receiptNo: ["Bonnummer", "Referentie", "Transactienummer"],
    invoiceNo: ["Factuurnummer", "Factuurnr.", "Factuur nr."],
    orderNo: ["Bestelnummer", "Ordernummer", "Boekingsnummer"],
    customerNo: "Klantnummer",
    vatId: "Btw-nummer",
    paymentMethod: "Betaalmethode",
    card: "{brand} eindigend op {last4}",
    period: "Factuurperiode",
    nextBilling: "Volgende factuur",
    description: "Omschrijving",
    qty: "Aantal",
    unitPrice: "Stukprijs",
    amount: "Bedrag",
    originalInvoice: "Oorspronkelijke factuur",
    terms: ["Betaling binnen {days} dagen.", "Graag betalen vóór {due}.", "Het bedrag wordt automatisch afgeschreven."],
    bank: "Bankgegevens",
    page: "Pagina 1 van 1",
    paid: "BETAALD",
    taxIncluded: "waarvan btw {rate}",
    billTo: "Factuuradres",
  },
  outros: [
    "Vragen? Beantwoord deze e-mail.",
    "Bewaar dit betaalbewijs voor je administratie.",
    "Bedankt voor je vertrouwen.",
    "Hulp nodig? Bekijk onze klantenservice.",
  ],
  greetings: ["Beste klant,", "Hoi,", "Geachte heer/mevrouw,"],
  regards: ["Met vriendelijke groet,", "Groetjes,", "Vriendelijke groet,"],
  till: {
    total: ["TOTAAL", "TE BETALEN", "Totaal"],
    card: ["PINNEN", "BETAALD MET PIN", "CONTACTLOOS"],
    cash: "CONTANT",
    change: "WISSELGELD",
    vat: "BTW",
    net: "EXCL",
    gross: "INCL",
    thanks: ["BEDANKT EN TOT ZIENS", "BEDANKT VOOR UW BEZOEK"],
    receiptNo: "Bon",
    cashier: "Kassa",
    items: [
      "HALFVOLLE MELK",
      "VOLKORENBROOD",
      "BANANEN",
      "JONGE KAAS",
      "PINDAKAAS",
      "KOFFIEBONEN",
      "APPELS ELSTAR",
      "SPA BLAUW",
    ],
    subjects: ["Je kassabon van {vendor}", "Je digitale kassabon van {date}", "Je bon"],
    lines: [
      ["Bedankt voor je aankoop.", "Je kassabon zit in de bijlage."],
      ["Hoi,", "hier is je digitale kassabon."],
    ],
    file: "kassabon",
  },
  neg: {
    shipping: {
      subjects: [
        "Je bestelling {order} is verzonden",
        "Je pakket is onderweg",
        "Track & trace van je pakket",
        "Vandaag bezorgd",
      ],
      lines: [
        ["Goed nieuws! Je bestelling is onderweg."],
        ["Je pakket is aangemeld bij PostNL.", "Verwachte bezorging: {date}."],
      ],
    },
    newsletter: {
      subjects: ["Nieuws van {vendor} – {month}", "Wat is er nieuw bij {vendor}?", "Je nieuwsbrief"],
      lines: [
        ["Ontdek wat er nieuw is bij {vendor}.", "Abonnementen vanaf {amount} per maand."],
        ["Nieuw: jaarlijks betalen vanaf {amount}."],
      ],
    },
    promotion: {
      subjects: ["Alleen dit weekend: {days}% korting", "Aanbiedingen vanaf {amount}", "{vendor}: laatste kans"],
      lines: [
        ["Tijdelijk: {days}% korting op alles.", "Vanaf {amount}. Tot {date}."],
        ["Bespaar {amount} op je volgende bestelling."],
      ],
    },
    passwordReset: {
      subjects: ["Stel je wachtwoord opnieuw in", "Beveiligingsmelding voor je {vendor}-account", "Je verificatiecode"],
      lines: [
        ["We hebben een verzoek ontvangen om je wachtwoord te wijzigen.", "Was jij dit niet? Neem dan contact op."],
        ["Er is een nieuwe inlog op je account gedetecteerd."],
      ],
    },
    paymentFailed: {
      subjects: ["Betaling mislukt", "Je betaling aan {vendor} is geweigerd", "Incasso gestorneerd"],
      lines: [
        ["We konden je betaling van {amount} niet verwerken.", "Werk je betaalmethode bij."],
        ["Je bank heeft de incasso van {amount} geweigerd.", "We proberen het opnieuw op {date}."],
      ],
    },
    awaitingPayment: {
      subjects: ["Je bestelling {order} wacht op betaling", "Rond je betaling af", "We wachten op je overboeking"],
      lines: [
        ["We hebben je bestelling gereserveerd, maar nog geen betaling ontvangen.", "Maak {amount} over vóór {date}."],
        ["Je bestelling wordt verwerkt zodra we {amount} hebben ontvangen."],
      ],
    },
    upcomingInvoice: {
      subjects: [
        "Je volgende factuur van {vendor}",
        "Voorbeeld van je volgende factuur",
        "Volgende afschrijving op {date}",
      ],
      lines: [
        ["Dit is een voorbeeld van je volgende factuur.", "Op {date} schrijven we {amount} af."],
        ["Je volgende factuur verschijnt op {date}. Geschat bedrag: {amount}."],
      ],
    },
    quote: {
      subjects: ["Offerte {number} van {vendor}", "Uw offerte {number}", "Prijsopgave {number}"],
      lines: [
        ["Bedankt voor uw aanvraag.", "Bijgaand onze offerte, 30 dagen geldig."],
        ["Zoals besproken, hierbij onze prijsopgave. Er is niets in rekening gebracht."],
      ],
    },
    renewalReminder: {
      subjects: [
        "Je abonnement wordt binnenkort verlengd",
        "Herinnering: verlenging over 7 dagen",
        "Je {vendor}-abonnement wordt verlengd op {date}",
      ],
      lines: [
        ["Je abonnement wordt op {date} automatisch verlengd.", "We schrijven dan {amount} af."],
        ["Je hoeft niets te doen."],
      ],
    },
    quoteDoc: {
      title: "OFFERTE",
      total: ["Totaal offerte", "Totaal incl. btw", "Totaal"],
      validUntil: "Geldig tot",
      file: "offerte",
    },
  },
  staffPhoto: {
    subjects: ["Bonnetje {vendor}", "bon van vandaag", "declaratie", "Bonnetje voor de administratie"],
    lines: [
      ["Hoi,", "foto van het bonnetje in de bijlage. Betaald met de zakelijke pas."],
      ["Graag verwerken.", "Dank!"],
    ],
  },
};
