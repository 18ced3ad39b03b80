import type { Lexicon } from "./types";

export const de: Lexicon = {
  receipt: {
    subjects: [
      "Ihre Zahlungsbestätigung von {vendor}",
      "Zahlungsbestätigung",
      "Ihre Quittung von {vendor}",
      "Vielen Dank für Ihre Bestellung",
      "Ihr Beleg Nr. {number}",
      "Bestellbestätigung {number}",
      "Deine Quittung von {vendor}",
      "Zahlung erhalten – vielen Dank",
    ],
    bySector: {
      rail: [
        "Ihre Buchungsbestätigung (Auftrag {number})",
        "Ihr Online-Ticket und Ihre Rechnung",
        "Buchungsbestätigung und Quittung",
      ],
      airline: ["Ihre Buchungsbestätigung {number}", "Ihr Flugticket und Zahlungsbeleg"],
      hotel: ["Ihre Rechnung für Ihren Aufenthalt im {vendor}", "Ihr Aufenthalt im {vendor}"],
      ride: ["Deine Fahrt mit {vendor}", "Dein Fahrtbeleg"],
      grocery: ["Dein eBon von {vendor}", "Ihr Kassenbon"],
      food: ["Deine Bestellung bei {vendor}", "Deine Quittung von {vendor}"],
    },
    intros: [
      ["Vielen Dank für Ihre Zahlung.", "Hier ist Ihre Quittung."],
      ["Vielen Dank für Ihren Einkauf!"],
      ["Hallo,", "vielen Dank für deine Bestellung. Die Zahlung ist bei uns eingegangen."],
      ["Sehr geehrte Damen und Herren,", "wir bestätigen den Eingang Ihrer Zahlung."],
      ["Ihre Zahlung war erfolgreich."],
    ],
    introsBySector: {
      rail: [["Vielen Dank für Ihre Buchung.", "Ihr Ticket und die Zahlungsbestätigung finden Sie unten."]],
      hotel: [["Vielen Dank für Ihren Aufenthalt.", "Der Betrag wurde Ihrer hinterlegten Kreditkarte belastet."]],
    },
    titles: ["Quittung", "Zahlungsbeleg", "Zahlungsbestätigung"],
  },
  invoice: {
    subjects: [
      "Ihre Rechnung {number}",
      "Rechnung {number} von {vendor}",
      "Ihre {vendor} Rechnung für {month}",
      "Neue Rechnung verfügbar",
      "Ihre Rechnung ist da",
    ],
    pdfSubjects: [
      "Rechnung {number}",
      "Ihre Rechnung {number}",
      "Ihre {vendor} Rechnung",
      "Rechnung {number} – {vendor}",
      "Neue Rechnung für Ihr Kundenkonto",
    ],
    intros: [
      ["Sehr geehrte Damen und Herren,", "hier ist Ihre aktuelle Rechnung."],
      ["Guten Tag,", "Ihre Rechnung für {month} steht bereit."],
      ["Hallo,", "vielen Dank für Ihren Auftrag. Nachfolgend Ihre Rechnung."],
    ],
    pdfIntros: [
      ["Sehr geehrte Damen und Herren,", "anbei erhalten Sie Ihre aktuelle Rechnung als PDF."],
      ["Guten Tag,", "im Anhang finden Sie Ihre Rechnung {number}."],
      ["Hallo,", "deine Rechnung liegt dieser E-Mail als PDF bei."],
    ],
    debitNotes: [
      "Der Rechnungsbetrag wird am {due} von Ihrem Konto abgebucht.",
      "Bitte überweisen Sie den Betrag bis zum {due}.",
      "Der Betrag wird Ihrer Kreditkarte belastet.",
    ],
    title: "RECHNUNG",
    file: "Rechnung",
  },
  refund: {
    subjects: [
      "Ihre Erstattung von {vendor}",
      "Erstattung veranlasst",
      "Rückerstattung für Bestellung {number}",
      "Wir haben dir {amount} erstattet",
      "Bestätigung Ihrer Rückerstattung",
    ],
    intros: [
      ["Wir haben Ihre Erstattung veranlasst.", "Die Gutschrift erscheint in 5–10 Werktagen auf Ihrem Konto."],
      ["Hallo,", "deine Rücksendung ist bei uns eingegangen. Wir haben den Betrag erstattet."],
    ],
    titles: ["Erstattung", "Rückerstattung", "Erstattungsbeleg"],
    creditSubjects: ["Gutschrift {number}", "Ihre Gutschrift {number} von {vendor}", "Gutschrift zu Ihrer Rechnung"],
    creditIntros: [
      ["Sehr geehrte Damen und Herren,", "anbei erhalten Sie eine Gutschrift."],
      ["Guten Tag,", "im Anhang finden Sie Ihre Gutschrift. Der Betrag wird mit der nächsten Rechnung verrechnet."],
    ],
    creditTitle: "GUTSCHRIFT",
    creditFile: "Gutschrift",
    reasons: ["Rücksendung", "Stornierung", "Kulanzgutschrift", "Doppelte Abbuchung", "Preiskorrektur"],
  },
  labels: {
    total: ["Gesamtbetrag", "Gesamt", "Summe", "Betrag", "Gesamtsumme", "Bezahlt"],
    amountDue: ["Rechnungsbetrag", "Gesamtbetrag", "Zu zahlender Betrag", "Gesamtsumme", "Endbetrag"],
    refundTotal: ["Erstattungsbetrag", "Erstatteter Betrag", "Gutschriftsbetrag", "Gesamtbetrag"],
    subtotal: ["Zwischensumme", "Nettobetrag", "Summe netto"],
    net: "Nettobetrag",
    discount: "Rabatt",
    shipping: "Versand",
    date: ["Datum", "Zahlungsdatum", "Belegdatum", "Bezahlt am"],
    invoiceDate: ["Rechnungsdatum", "Datum", "Rechnungsdatum / Leistungsdatum"],
    dueDate: ["Fällig am", "Zahlbar bis", "Fälligkeitsdatum"],
    refundDate: ["Erstattet am", "Datum der Erstattung", "Datum"],
    orderDate: "Bestelldatum",
    receiptNo: ["Beleg-Nr.", "Belegnummer", "Referenz"],
    invoiceNo: ["Rechnungsnummer", "Rechnungs-Nr.", "Rechnung Nr."],
    orderNo: ["Bestellnummer", "Auftragsnummer", "Buchungsnummer"],
    customerNo: "Kundennummer",
    vatId: "USt-IdNr.",
    paymentMethod: "Zahlungsart",
    card: "{brand} endet auf {last4}",
    period: "Leistungszeitraum",
    nextBilling: "Nächste Abrechnung",
    description: "Beschreibung",
    qty: "Menge",
    unitPrice: "Einzelpreis",
    amount: "Betrag",
    originalInvoice: "Zur Rechnung",
    terms: [
      "Zahlbar innerhalb von {days} Tagen ohne Abzug.",
      "Bitte überweisen Sie den Betrag bis zum {due}.",
      "Der Betrag wird per SEPA-Lastschrift eingezogen.",
    ],
    bank: "Bankverbindung",
    page: "Seite 1 von 1",
    paid: "BEZAHLT",
    taxIncluded: "enthaltene MwSt. {rate}",
    billTo: "Rechnungsempfänger",
  },
  outros: [
    "Bei Fragen antworten Sie einfach auf diese E-Mail.",
    "Bitte bewahren Sie diesen Beleg für Ihre Unterlagen auf.",
    "Vielen Dank für Ihr Vertrauen.",
    "Hilfe findest du in unserem Hilfe-Center.",
  ],
  greetings: ["Sehr geehrte Damen und Herren,", "Guten Tag,", "Hallo,"],
  regards: ["Mit freundlichen Grüßen", "Viele Grüße", "Freundliche Grüße"],
  till: {
    total: ["SUMME", "SUMME EUR", "ZU ZAHLEN", "GESAMT"],
    card: ["Kartenzahlung", "EC-Karte", "girocard", "VISA"],
    cash: "BAR",
    change: "Rückgeld",
    vat: "MwSt",
    net: "Netto",
    gross: "Brutto",
    thanks: ["Vielen Dank für Ihren Einkauf", "Danke und bis bald!"],
    receiptNo: "Bon-Nr.",
    cashier: "Kasse",
    items: [
      "Vollmilch 3,5%",
      "Bio Bananen",
      "Roggenbrot",
      "Butter 250g",
      "Kaffee Bohnen",
      "Mineralwasser",
      "Äpfel Elstar",
      "Käse Gouda",
    ],
    subjects: ["Dein eBon vom {date}", "Ihr Kassenbon von {vendor}", "Dein digitaler Kassenbon"],
    lines: [
      ["Vielen Dank für deinen Einkauf.", "Deinen Kassenbon findest du im Anhang."],
      ["Hallo,", "anbei Ihr digitaler Kassenbon."],
    ],
    file: "Kassenbon",
  },
  neg: {
    shipping: {
      subjects: [
        "Deine Bestellung {order} wurde versandt",
        "Ihr Paket ist unterwegs",
        "Versandbestätigung zu Ihrer Bestellung {order}",
        "Zustellung heute",
      ],
      lines: [
        ["Gute Nachrichten! Deine Bestellung ist unterwegs."],
        ["Ihr Paket wurde an DHL übergeben.", "Voraussichtliche Zustellung: {date}."],
      ],
    },
    newsletter: {
      subjects: [
        "{vendor} Newsletter: Neuigkeiten im {month}",
        "Was gibt es Neues bei {vendor}?",
        "Ihr Monatsrückblick",
      ],
      lines: [
        ["Die Neuigkeiten bei {vendor} in diesem Monat.", "Tarife jetzt schon ab {amount} im Monat."],
        ["Neu: jährliche Abrechnung ab {amount}."],
      ],
    },
    promotion: {
      subjects: ["Nur heute: {days} % Rabatt", "Angebote ab {amount}", "{vendor}: Sparen Sie jetzt"],
      lines: [
        ["Nur für kurze Zeit: {days} % auf alles.", "Angebote ab {amount}. Gültig bis {date}."],
        ["Sichern Sie sich {amount} Rabatt auf Ihre nächste Bestellung."],
      ],
    },
    passwordReset: {
      subjects: ["Passwort zurücksetzen", "Sicherheitshinweis zu Ihrem {vendor}-Konto", "Ihr Bestätigungscode"],
      lines: [
        [
          "Wir haben eine Anfrage zum Zurücksetzen Ihres Passworts erhalten.",
          "Wenn Sie das nicht waren, wenden Sie sich an den Support.",
        ],
        ["Es gab eine neue Anmeldung bei Ihrem Konto."],
      ],
    },
    paymentFailed: {
      subjects: [
        "Zahlung fehlgeschlagen – bitte handeln",
        "Ihre Zahlung an {vendor} wurde abgelehnt",
        "Lastschrift konnte nicht eingezogen werden",
      ],
      lines: [
        ["Wir konnten Ihre Zahlung über {amount} nicht verarbeiten.", "Bitte aktualisieren Sie Ihre Zahlungsmethode."],
        ["Die Lastschrift über {amount} wurde von Ihrer Bank zurückgegeben.", "Wir versuchen es am {date} erneut."],
      ],
    },
    awaitingPayment: {
      subjects: [
        "Ihre Bestellung {order}: Zahlung ausstehend",
        "Bitte schließen Sie Ihre Zahlung ab",
        "Wir warten auf Ihre Überweisung",
      ],
      lines: [
        [
          "Ihre Bestellung ist reserviert, die Zahlung ist aber noch nicht eingegangen.",
          "Bitte überweisen Sie {amount} bis zum {date}.",
        ],
        ["Ihre Bestellung wird erst nach Zahlungseingang von {amount} bearbeitet."],
      ],
    },
    upcomingInvoice: {
      subjects: [
        "Vorschau auf Ihre nächste Rechnung",
        "Ihre nächste Abbuchung am {date}",
        "Bald fällig: Ihre {vendor} Rechnung",
      ],
      lines: [
        ["Dies ist eine Vorschau auf Ihre kommende Rechnung.", "Am {date} buchen wir voraussichtlich {amount} ab."],
        ["Ihre nächste Rechnung wird am {date} erstellt. Voraussichtlicher Betrag: {amount}."],
      ],
    },
    quote: {
      subjects: ["Angebot {number} von {vendor}", "Ihr Angebot {number}", "Kostenvoranschlag {number}"],
      lines: [
        ["Vielen Dank für Ihre Anfrage.", "Anbei erhalten Sie unser Angebot. Es ist 30 Tage gültig."],
        ["Wie besprochen, unser unverbindlicher Kostenvoranschlag."],
      ],
    },
    renewalReminder: {
      subjects: [
        "Ihr Abonnement verlängert sich bald",
        "Erinnerung: Verlängerung in 7 Tagen",
        "Ihr {vendor} Tarif verlängert sich am {date}",
      ],
      lines: [
        [
          "Ihr Abonnement verlängert sich automatisch am {date}.",
          "Wir belasten dann {amount} Ihrer hinterlegten Zahlungsmethode.",
        ],
        ["Sie müssen nichts tun. Ihren Tarif verwalten Sie in den Einstellungen."],
      ],
    },
    quoteDoc: {
      title: "ANGEBOT",
      total: ["Angebotssumme", "Gesamtbetrag", "Summe"],
      validUntil: "Gültig bis",
      file: "Angebot",
    },
  },
  staffPhoto: {
    subjects: ["Beleg {vendor}", "Quittung von heute", "Bewirtungsbeleg", "Kassenbon für die Buchhaltung"],
    lines: [
      ["Hallo,", "anbei der Beleg als Foto. Bezahlt mit der Firmenkarte."],
      ["Bitte verbuchen.", "Danke!"],
    ],
  },
};
