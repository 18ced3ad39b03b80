import type { Lexicon } from "./types";

export const pl: Lexicon = {
  receipt: {
    subjects: [
      "Potwierdzenie płatności – {vendor}",
      "Dziękujemy za zakupy",
      "Twoje potwierdzenie zamówienia {number}",
      "Otrzymaliśmy Twoją płatność",
      "Potwierdzenie zakupu nr {number}",
      "Twój rachunek od {vendor}",
    ],
    bySector: {
      rail: ["Potwierdzenie zakupu biletu {number}", "Twój bilet i potwierdzenie płatności"],
      grocery: ["Twój e-paragon z {vendor}", "Paragon elektroniczny"],
      shop: ["Dziękujemy za zakup w {vendor}", "Zamówienie {number} opłacone"],
    },
    intros: [
      ["Dziękujemy za płatność.", "Poniżej znajdziesz potwierdzenie."],
      ["Cześć,", "dziękujemy za zamówienie. Płatność została zaksięgowana."],
      ["Potwierdzamy otrzymanie płatności."],
      ["Dziękujemy za zakupy!"],
    ],
    titles: ["Potwierdzenie płatności", "Rachunek", "Potwierdzenie zakupu"],
  },
  invoice: {
    subjects: [
      "Twoja faktura {number}",
      "Faktura VAT {number} – {vendor}",
      "Faktura za {month} jest dostępna",
      "Nowa faktura do pobrania",
      "Faktura od {vendor}",
    ],
    pdfSubjects: [
      "Faktura {number}",
      "Faktura VAT nr {number}",
      "Twoja faktura {vendor}",
      "Przesyłamy fakturę {number}",
      "E-faktura za usługi",
    ],
    intros: [
      ["Dzień dobry,", "Twoja faktura za {month} jest już dostępna."],
      ["Szanowni Państwo,", "poniżej przesyłamy szczegóły faktury."],
    ],
    pdfIntros: [
      ["Dzień dobry,", "w załączniku przesyłamy fakturę w formacie PDF."],
      ["Szanowni Państwo,", "w załączeniu przesyłamy fakturę VAT nr {number}."],
      ["Cześć,", "Twoja faktura jest w załączniku."],
    ],
    debitNotes: [
      "Kwota zostanie pobrana z Twojego rachunku {due}.",
      "Prosimy o zapłatę do {due}.",
      "Kwota zostanie obciążona na Twojej karcie.",
    ],
    title: "FAKTURA VAT",
    file: "faktura",
  },
  refund: {
    subjects: [
      "Zwrot środków od {vendor}",
      "Zwrot został zrealizowany",
      "Zwrot za zamówienie {number}",
      "Zwróciliśmy Ci {amount}",
    ],
    intros: [
      ["Zwrot środków został zlecony.", "Pieniądze pojawią się na koncie w ciągu 5–10 dni roboczych."],
      ["Cześć,", "otrzymaliśmy Twój zwrot i oddaliśmy pieniądze."],
    ],
    titles: ["Zwrot środków", "Potwierdzenie zwrotu"],
    creditSubjects: [
      "Faktura korygująca {number}",
      "Korekta faktury {number} – {vendor}",
      "Faktura korygująca do zamówienia",
    ],
    creditIntros: [
      ["Szanowni Państwo,", "w załączniku przesyłamy fakturę korygującą."],
      ["Dzień dobry,", "wystawiliśmy korektę faktury w związku ze zwrotem."],
    ],
    creditTitle: "FAKTURA KORYGUJĄCA",
    creditFile: "korekta",
    reasons: ["Zwrot towaru", "Anulowanie", "Rekompensata", "Podwójne obciążenie", "Korekta ceny"],
  },
  labels: {
    total: ["Razem", "Suma", "Zapłacono", "Kwota", "Łącznie"],
    amountDue: ["Do zapłaty", "Razem do zapłaty", "Wartość brutto", "Kwota do zapłaty", "Razem brutto"],
    refundTotal: ["Kwota zwrotu", "Zwrócono", "Wartość korekty", "Do zwrotu"],
    subtotal: ["Suma częściowa", "Wartość netto"],
    net: "Wartość netto",
    discount: "Rabat",
    shipping: "Dostawa",
    date: ["Data", "Data płatności", "Data zakupu"],
    invoiceDate: ["Data wystawienia", "Data faktury", "Data"],
    dueDate: ["Termin płatności", "Zapłać do", "Termin zapłaty"],
    refundDate: ["Data zwrotu", "Zwrócono dnia", "Data"],
    orderDate: "Data zamówienia",
    receiptNo: ["Nr transakcji", "Numer potwierdzenia", "Referencja"],
    invoiceNo: ["Numer faktury", "Faktura nr", "Nr faktury"],
    orderNo: ["Numer zamówienia", "Nr zamówienia", "Numer rezerwacji"],
    customerNo: "Numer klienta",
    vatId: "NIP",
    paymentMethod: "Metoda płatności",
    card: "{brand} z końcówką {last4}",
    period: "Okres rozliczeniowy",
    nextBilling: "Następna faktura",
    description: "Nazwa towaru lub usługi",
    qty: "Ilość",
    unitPrice: "Cena jedn.",
    amount: "Wartość",
    originalInvoice: "Dotyczy faktury",
    terms: ["Termin płatności: {days} dni.", "Prosimy o zapłatę do {due}.", "Sposób zapłaty: przelew."],
    bank: "Numer rachunku",
    page: "Strona 1 z 1",
    paid: "ZAPŁACONO",
    taxIncluded: "w tym VAT {rate}",
    billTo: "Nabywca",
  },
  outros: [
    "Masz pytania? Odpowiedz na tę wiadomość.",
    "Zachowaj to potwierdzenie.",
    "Dziękujemy za zaufanie.",
    "Potrzebujesz pomocy? Odwiedź nasze centrum pomocy.",
  ],
  greetings: ["Dzień dobry,", "Szanowni Państwo,", "Cześć,"],
  regards: ["Pozdrawiamy,", "Z poważaniem,", "Serdecznie pozdrawiamy,"],
  till: {
    total: ["SUMA PLN", "SUMA", "DO ZAPŁATY"],
    card: ["KARTA", "Karta płatnicza", "PŁATNOŚĆ KARTĄ"],
    cash: "GOTÓWKA",
    change: "RESZTA",
    vat: "PTU",
    net: "NETTO",
    gross: "BRUTTO",
    thanks: ["DZIĘKUJEMY ZA ZAKUPY", "ZAPRASZAMY PONOWNIE"],
    receiptNo: "PARAGON FISKALNY",
    cashier: "Kasa",
    items: [
      "MLEKO 2% 1L",
      "CHLEB ŻYTNI",
      "BANANY",
      "JAJA M 10SZT",
      "MASŁO 200G",
      "KAWA MIELONA",
      "WODA NIEGAZ.",
      "SER ŻÓŁTY",
    ],
    subjects: ["Twój e-paragon z {vendor}", "E-paragon z dnia {date}", "Paragon elektroniczny"],
    lines: [
      ["Dziękujemy za zakupy.", "Paragon znajdziesz w załączniku."],
      ["Cześć,", "oto Twój e-paragon."],
    ],
    file: "paragon",
  },
  neg: {
    shipping: {
      subjects: [
        "Twoje zamówienie {order} zostało wysłane",
        "Paczka jest w drodze",
        "Śledź swoją przesyłkę",
        "Dziś doręczymy Twoją paczkę",
      ],
      lines: [
        ["Dobra wiadomość! Twoje zamówienie jest w drodze."],
        ["Paczka została nadana w InPost.", "Przewidywana dostawa: {date}."],
      ],
    },
    newsletter: {
      subjects: ["Nowości {vendor} – {month}", "Co nowego w {vendor}?", "Twój newsletter"],
      lines: [
        ["Sprawdź nowości {vendor} w tym miesiącu.", "Plany już od {amount} miesięcznie."],
        ["Nowość: rozliczenie roczne od {amount}."],
      ],
    },
    promotion: {
      subjects: ["Tylko w ten weekend: -{days}%", "Oferty od {amount}", "{vendor}: ostatnia szansa"],
      lines: [
        ["Oferta ograniczona: -{days}% na wszystko.", "Od {amount}. Do {date}."],
        ["Zaoszczędź {amount} na kolejnym zamówieniu."],
      ],
    },
    passwordReset: {
      subjects: ["Zresetuj hasło", "Alert bezpieczeństwa konta {vendor}", "Twój kod weryfikacyjny"],
      lines: [
        ["Otrzymaliśmy prośbę o zresetowanie hasła.", "Jeśli to nie Ty, skontaktuj się z nami."],
        ["Wykryliśmy nowe logowanie na Twoje konto."],
      ],
    },
    paymentFailed: {
      subjects: ["Płatność nieudana", "Twoja płatność dla {vendor} została odrzucona", "Nie udało się obciążyć karty"],
      lines: [
        ["Nie udało się przetworzyć płatności {amount}.", "Zaktualizuj metodę płatności."],
        ["Bank odrzucił płatność {amount}.", "Spróbujemy ponownie {date}."],
      ],
    },
    awaitingPayment: {
      subjects: ["Zamówienie {order} czeka na płatność", "Dokończ płatność", "Czekamy na Twój przelew"],
      lines: [
        ["Zarezerwowaliśmy Twoje zamówienie, ale nie otrzymaliśmy jeszcze płatności.", "Zapłać {amount} do {date}."],
        ["Zamówienie zostanie zrealizowane po zaksięgowaniu {amount}."],
      ],
    },
    upcomingInvoice: {
      subjects: ["Twoja następna faktura {vendor}", "Podgląd kolejnej faktury", "Następne obciążenie {date}"],
      lines: [
        ["To podgląd Twojej następnej faktury.", "{date} pobierzemy {amount}."],
        ["Następna faktura zostanie wystawiona {date}. Szacowana kwota: {amount}."],
      ],
    },
    quote: {
      subjects: ["Oferta {number} od {vendor}", "Twoja wycena nr {number}", "Oferta handlowa {number}"],
      lines: [
        ["Dziękujemy za zapytanie.", "W załączniku przesyłamy ofertę ważną 30 dni."],
        ["Zgodnie z ustaleniami przesyłamy wycenę. Nic nie zostało pobrane."],
      ],
    },
    renewalReminder: {
      subjects: [
        "Twoja subskrypcja wkrótce się odnowi",
        "Przypomnienie: odnowienie za 7 dni",
        "Twój plan {vendor} odnowi się {date}",
      ],
      lines: [
        ["Subskrypcja odnowi się automatycznie {date}.", "Pobierzemy wtedy {amount}."],
        ["Nie musisz nic robić."],
      ],
    },
    quoteDoc: {
      title: "OFERTA",
      total: ["Wartość oferty", "Razem brutto", "Razem"],
      validUntil: "Ważna do",
      file: "oferta",
    },
  },
  staffPhoto: {
    subjects: ["Paragon {vendor}", "rachunek z dzisiaj", "wydatek służbowy", "Paragon do księgowości"],
    lines: [
      ["Cześć,", "w załączniku zdjęcie paragonu. Zapłacone kartą firmową."],
      ["Do zaksięgowania.", "Dzięki"],
    ],
  },
};
