import type { Lexicon } from "./types";

export const it: Lexicon = {
  receipt: {
    subjects: [
      "La tua ricevuta di {vendor}",
      "Conferma di pagamento",
      "Grazie per il tuo acquisto",
      "Ricevuta n. {number}",
      "Conferma del tuo ordine {number}",
      "Pagamento ricevuto",
      "Ricevuta di pagamento {vendor}",
    ],
    bySector: {
      rail: ["Conferma di acquisto – codice biglietto {number}", "Il tuo biglietto e la ricevuta"],
      grocery: ["Il tuo scontrino {vendor}", "Scontrino digitale"],
      food: ["Il tuo ordine {vendor}", "Ricevuta del tuo ordine"],
    },
    intros: [
      ["Grazie per il tuo pagamento.", "Ecco la tua ricevuta."],
      ["Ciao,", "grazie per il tuo ordine. Abbiamo ricevuto il pagamento."],
      ["Ti confermiamo che il pagamento è andato a buon fine."],
      ["Grazie per il tuo acquisto!"],
    ],
    titles: ["Ricevuta", "Ricevuta di pagamento", "Conferma di pagamento"],
  },
  invoice: {
    subjects: [
      "La tua fattura {number}",
      "Fattura {number} di {vendor}",
      "La tua fattura di {month} è disponibile",
      "Nuova fattura disponibile",
      "Fattura {vendor}",
    ],
    pdfSubjects: [
      "Fattura {number}",
      "Invio fattura n. {number}",
      "La tua fattura {vendor}",
      "Fattura elettronica {number} – {vendor}",
      "Copia di cortesia della fattura",
    ],
    intros: [
      ["Gentile cliente,", "la tua fattura di {month} è disponibile."],
      ["Buongiorno,", "di seguito il dettaglio della sua fattura."],
    ],
    pdfIntros: [
      ["Gentile cliente,", "in allegato trova la fattura in formato PDF."],
      ["Buongiorno,", "le inviamo in allegato la copia di cortesia della fattura {number}."],
      ["Ciao,", "in allegato la tua fattura."],
    ],
    debitNotes: [
      "L'importo verrà addebitato sul tuo conto il {due}.",
      "Si prega di effettuare il pagamento entro il {due}.",
      "L'importo sarà addebitato sulla tua carta.",
    ],
    title: "FATTURA",
    file: "fattura",
  },
  refund: {
    subjects: [
      "Il tuo rimborso da {vendor}",
      "Rimborso effettuato",
      "Conferma di rimborso – ordine {number}",
      "Ti abbiamo rimborsato {amount}",
    ],
    intros: [
      ["Abbiamo elaborato il tuo rimborso.", "Potrebbero essere necessari 5-10 giorni lavorativi."],
      ["Ciao,", "abbiamo ricevuto il tuo reso e ti abbiamo rimborsato l'importo."],
    ],
    titles: ["Rimborso", "Conferma di rimborso"],
    creditSubjects: [
      "Nota di credito {number}",
      "La tua nota di credito {number} – {vendor}",
      "Emissione nota di credito",
    ],
    creditIntros: [
      ["Gentile cliente,", "in allegato trova la nota di credito."],
      ["Buongiorno,", "a seguito della sua segnalazione abbiamo emesso una nota di credito."],
    ],
    creditTitle: "NOTA DI CREDITO",
    creditFile: "nota-di-credito",
    reasons: ["Reso", "Annullamento", "Rimborso per disservizio", "Addebito duplicato", "Rettifica prezzo"],
  },
  labels: {
    total: ["Totale", "Importo totale", "Totale pagato", "Importo pagato", "Totale (IVA inclusa)"],
    amountDue: ["Totale fattura", "Totale da pagare", "Importo totale", "Totale documento", "Totale"],
    refundTotal: ["Importo rimborsato", "Totale rimborsato", "Totale nota di credito", "Totale"],
    subtotal: ["Subtotale", "Imponibile"],
    net: "Imponibile",
    discount: "Sconto",
    shipping: "Spedizione",
    date: ["Data", "Data pagamento", "Data acquisto"],
    invoiceDate: ["Data fattura", "Data emissione", "Data"],
    dueDate: ["Scadenza", "Data scadenza", "Da pagare entro"],
    refundDate: ["Data rimborso", "Rimborsato il", "Data"],
    orderDate: "Data ordine",
    receiptNo: ["N. ricevuta", "Riferimento", "N. transazione"],
    invoiceNo: ["N. fattura", "Numero fattura", "Fattura n."],
    orderNo: ["N. ordine", "Codice prenotazione", "Codice ordine"],
    customerNo: "Codice cliente",
    vatId: "P.IVA",
    paymentMethod: "Metodo di pagamento",
    card: "{brand} che termina con {last4}",
    period: "Periodo di fatturazione",
    nextBilling: "Prossima fattura",
    description: "Descrizione",
    qty: "Q.tà",
    unitPrice: "Prezzo unitario",
    amount: "Importo",
    originalInvoice: "Fattura di riferimento",
    terms: [
      "Pagamento a {days} giorni data fattura.",
      "Scadenza pagamento: {due}.",
      "Pagamento tramite addebito SEPA.",
    ],
    bank: "Coordinate bancarie",
    page: "Pagina 1 di 1",
    paid: "PAGATO",
    taxIncluded: "di cui IVA {rate}",
    billTo: "Intestatario",
  },
  outros: [
    "Hai domande? Rispondi a questa email.",
    "Conserva questa ricevuta.",
    "Grazie per averci scelto.",
    "Serve aiuto? Visita il nostro centro assistenza.",
  ],
  greetings: ["Gentile cliente,", "Buongiorno,", "Ciao,"],
  regards: ["Cordiali saluti,", "Distinti saluti,", "A presto,"],
  till: {
    total: ["TOTALE COMPLESSIVO", "TOTALE EURO", "TOTALE", "IMPORTO PAGATO"],
    card: ["PAGAMENTO ELETTRONICO", "CARTA", "BANCOMAT"],
    cash: "CONTANTI",
    change: "RESTO",
    vat: "IVA",
    net: "IMPONIBILE",
    gross: "TOTALE",
    thanks: ["GRAZIE E ARRIVEDERCI", "GRAZIE PER LA VISITA"],
    receiptNo: "DOCUMENTO COMMERCIALE",
    cashier: "Cassa",
    items: [
      "LATTE INTERO",
      "PANE COMUNE",
      "BANANE",
      "MOZZARELLA",
      "PASTA 500G",
      "PASSATA POMODORO",
      "ACQUA NATURALE",
      "CAFFE MACINATO",
    ],
    subjects: ["Il tuo scontrino {vendor}", "Scontrino digitale del {date}", "Il tuo scontrino elettronico"],
    lines: [
      ["Grazie per il tuo acquisto.", "In allegato trovi lo scontrino."],
      ["Ciao,", "ecco il tuo scontrino digitale."],
    ],
    file: "scontrino",
  },
  neg: {
    shipping: {
      subjects: [
        "Il tuo ordine {order} è stato spedito",
        "Il tuo pacco è in viaggio",
        "Aggiornamento sulla spedizione",
        "Consegna prevista oggi",
      ],
      lines: [
        ["Buone notizie! Il tuo ordine è stato spedito."],
        ["Il pacco è stato affidato a Poste Italiane.", "Consegna stimata: {date}."],
      ],
    },
    newsletter: {
      subjects: ["Le novità di {vendor} di {month}", "Cosa c'è di nuovo su {vendor}", "La tua newsletter"],
      lines: [
        ["Scopri le novità di {vendor} di questo mese.", "Piani a partire da {amount} al mese."],
        ["Novità: fatturazione annuale da {amount}."],
      ],
    },
    promotion: {
      subjects: ["Solo questo weekend: -{days}%", "Offerte da {amount}", "{vendor}: ultima occasione"],
      lines: [
        ["Offerta limitata: -{days}% su tutto.", "Da {amount}. Fino al {date}."],
        ["Risparmia {amount} sul prossimo ordine."],
      ],
    },
    passwordReset: {
      subjects: [
        "Reimposta la tua password",
        "Avviso di sicurezza per il tuo account {vendor}",
        "Il tuo codice di verifica",
      ],
      lines: [
        ["Abbiamo ricevuto una richiesta di reimpostazione della password.", "Se non sei stato tu, contattaci."],
        ["È stato rilevato un nuovo accesso al tuo account."],
      ],
    },
    paymentFailed: {
      subjects: [
        "Pagamento non riuscito",
        "Il tuo pagamento a {vendor} è stato rifiutato",
        "Addebito non andato a buon fine",
      ],
      lines: [
        ["Non siamo riusciti a elaborare il pagamento di {amount}.", "Aggiorna il metodo di pagamento."],
        ["L'addebito di {amount} è stato respinto.", "Riproveremo il {date}."],
      ],
    },
    awaitingPayment: {
      subjects: ["Ordine {order} in attesa di pagamento", "Completa il pagamento", "Siamo in attesa del tuo bonifico"],
      lines: [
        [
          "Il tuo ordine è riservato ma non abbiamo ancora ricevuto il pagamento.",
          "Effettua un bonifico di {amount} entro il {date}.",
        ],
        ["L'ordine verrà evaso al ricevimento di {amount}."],
      ],
    },
    upcomingInvoice: {
      subjects: ["La tua prossima fattura {vendor}", "Anteprima della prossima fattura", "Prossimo addebito il {date}"],
      lines: [
        ["Ecco un'anteprima della tua prossima fattura.", "Il {date} addebiteremo {amount}."],
        ["La prossima fattura sarà emessa il {date}. Importo stimato: {amount}."],
      ],
    },
    quote: {
      subjects: ["Preventivo {number} – {vendor}", "Il tuo preventivo n. {number}", "Offerta commerciale {number}"],
      lines: [
        ["Grazie per la richiesta.", "In allegato il nostro preventivo, valido 30 giorni."],
        ["Come concordato, ecco il preventivo. Nessun importo è stato addebitato."],
      ],
    },
    renewalReminder: {
      subjects: [
        "Il tuo abbonamento si rinnoverà a breve",
        "Promemoria: rinnovo tra 7 giorni",
        "Il tuo piano {vendor} si rinnova il {date}",
      ],
      lines: [
        ["Il tuo abbonamento si rinnoverà automaticamente il {date}.", "Ti addebiteremo {amount}."],
        ["Non devi fare nulla."],
      ],
    },
    quoteDoc: {
      title: "PREVENTIVO",
      total: ["Totale preventivo", "Totale", "Importo totale"],
      validUntil: "Valido fino al",
      file: "preventivo",
    },
  },
  staffPhoto: {
    subjects: ["Scontrino {vendor}", "nota spese", "ricevuta pranzo", "Scontrino per la contabilità"],
    lines: [
      ["Ciao,", "in allegato la foto dello scontrino. Pagato con la carta aziendale."],
      ["Da registrare.", "Grazie"],
    ],
  },
};
