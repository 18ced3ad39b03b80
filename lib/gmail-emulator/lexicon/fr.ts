import type { Lexicon } from "./types";

export const fr: Lexicon = {
  receipt: {
    subjects: [
      "Votre reçu de {vendor}",
      "Confirmation de paiement",
      "Merci pour votre commande",
      "Votre reçu n° {number}",
      "Confirmation de votre commande {number}",
      "Paiement reçu – merci",
      "Votre justificatif de paiement {vendor}",
    ],
    bySector: {
      rail: [
        "Confirmation de votre commande de billets",
        "Vos e-billets et votre justificatif",
        "Votre voyage du {date}",
      ],
      ride: ["Votre course avec {vendor}", "Reçu de votre course"],
      grocery: ["Votre ticket de caisse {vendor}", "Votre ticket dématérialisé"],
      food: ["Votre commande {vendor}", "Reçu de votre commande"],
      hotel: ["Votre facture de séjour – {vendor}", "Merci pour votre séjour"],
    },
    intros: [
      ["Merci pour votre paiement.", "Voici votre reçu."],
      ["Bonjour,", "merci pour votre commande. Votre paiement a bien été reçu."],
      ["Nous vous confirmons la réception de votre paiement."],
      ["Merci pour votre achat !"],
    ],
    introsBySector: {
      rail: [
        [
          "Merci d'avoir choisi {vendor}.",
          "Votre paiement a bien été enregistré. Retrouvez ci-dessous le détail de votre commande.",
        ],
      ],
    },
    titles: ["Reçu", "Justificatif de paiement", "Confirmation de paiement"],
  },
  invoice: {
    subjects: [
      "Votre facture {number}",
      "Facture {number} – {vendor}",
      "Votre facture {vendor} de {month} est disponible",
      "Nouvelle facture disponible",
      "Votre facture est disponible",
    ],
    pdfSubjects: [
      "Facture {number}",
      "Votre facture {number}",
      "Votre facture {vendor}",
      "Facture n° {number} – {vendor}",
      "Votre facture du mois",
    ],
    intros: [
      ["Bonjour,", "Votre facture du mois de {month} est disponible."],
      ["Madame, Monsieur,", "Veuillez trouver ci-dessous le détail de votre facture."],
      ["Bonjour,", "Merci pour votre confiance. Voici votre facture."],
    ],
    pdfIntros: [
      ["Bonjour,", "Veuillez trouver ci-joint votre facture."],
      ["Madame, Monsieur,", "Vous trouverez votre facture {number} en pièce jointe."],
      ["Bonjour,", "Votre facture est disponible en pièce jointe au format PDF."],
    ],
    debitNotes: [
      "Le montant sera prélevé sur votre compte le {due}.",
      "Merci de régler cette facture avant le {due}.",
      "Le montant sera débité de votre carte bancaire.",
    ],
    title: "FACTURE",
    file: "facture",
  },
  refund: {
    subjects: [
      "Votre remboursement {vendor}",
      "Remboursement effectué",
      "Confirmation de remboursement – commande {number}",
      "Nous vous avons remboursé {amount}",
    ],
    intros: [
      ["Votre remboursement a été effectué.", "Il apparaîtra sur votre relevé sous 5 à 10 jours ouvrés."],
      ["Bonjour,", "nous avons bien reçu votre retour et procédé au remboursement."],
    ],
    titles: ["Remboursement", "Confirmation de remboursement"],
    creditSubjects: ["Avoir {number}", "Votre avoir {number} – {vendor}", "Facture d'avoir {number}"],
    creditIntros: [
      ["Bonjour,", "Veuillez trouver ci-joint votre avoir."],
      ["Madame, Monsieur,", "Suite à votre réclamation, nous avons émis un avoir."],
    ],
    creditTitle: "AVOIR",
    creditFile: "avoir",
    reasons: ["Retour produit", "Annulation", "Geste commercial", "Double prélèvement", "Correction de prix"],
  },
  labels: {
    total: ["Total TTC", "Montant total", "Total", "Montant payé", "Total payé"],
    amountDue: ["Total TTC", "Montant TTC", "Net à payer", "Montant total", "Total à payer"],
    refundTotal: ["Montant remboursé", "Total remboursé", "Montant de l'avoir", "Total TTC"],
    subtotal: ["Sous-total", "Total HT", "Montant HT"],
    net: "Total HT",
    discount: "Remise",
    shipping: "Livraison",
    date: ["Date", "Date de paiement", "Payé le"],
    invoiceDate: ["Date de facture", "Date d'émission", "Date"],
    dueDate: ["Date d'échéance", "Échéance", "À régler avant le"],
    refundDate: ["Date du remboursement", "Remboursé le", "Date"],
    orderDate: "Date de commande",
    receiptNo: ["N° de reçu", "Référence", "N° de transaction"],
    invoiceNo: ["N° de facture", "Facture n°", "Numéro de facture"],
    orderNo: ["N° de commande", "Référence de commande", "Référence dossier"],
    customerNo: "N° client",
    vatId: "N° TVA intracom.",
    paymentMethod: "Moyen de paiement",
    card: "{brand} se terminant par {last4}",
    period: "Période de facturation",
    nextBilling: "Prochaine facturation",
    description: "Désignation",
    qty: "Qté",
    unitPrice: "Prix unitaire HT",
    amount: "Montant",
    originalInvoice: "Facture d'origine",
    terms: ["Paiement à {days} jours.", "À régler avant le {due}.", "Pas d'escompte pour paiement anticipé."],
    bank: "Coordonnées bancaires",
    page: "Page 1/1",
    paid: "PAYÉ",
    taxIncluded: "dont TVA {rate}",
    billTo: "Facturé à",
  },
  outros: [
    "Une question ? Répondez simplement à cet e-mail.",
    "Conservez ce reçu pour vos dossiers.",
    "Merci de votre confiance.",
    "Besoin d'aide ? Contactez notre service client.",
  ],
  greetings: ["Bonjour,", "Madame, Monsieur,", "Cher client,"],
  regards: ["Cordialement,", "Bien cordialement,", "Meilleures salutations,"],
  till: {
    total: ["TOTAL TTC", "TOTAL", "TOTAL EUR", "A PAYER"],
    card: ["CB", "CARTE BANCAIRE", "CB SANS CONTACT"],
    cash: "ESPECES",
    change: "RENDU",
    vat: "TVA",
    net: "HT",
    gross: "TTC",
    thanks: ["MERCI DE VOTRE VISITE", "A BIENTOT"],
    receiptNo: "Ticket",
    cashier: "Caisse",
    items: [
      "BAGUETTE TRADITION",
      "LAIT DEMI-ECREME",
      "YAOURT NATURE X4",
      "POMMES GOLDEN",
      "CAFE MOULU",
      "EAU MINERALE 6X1,5L",
      "COMTE AOP",
      "CROISSANT",
    ],
    subjects: ["Votre ticket de caisse {vendor}", "Votre ticket du {date}", "Votre ticket dématérialisé"],
    lines: [
      ["Merci pour vos achats.", "Votre ticket de caisse est en pièce jointe."],
      ["Bonjour,", "voici votre ticket dématérialisé."],
    ],
    file: "ticket",
  },
  neg: {
    shipping: {
      subjects: [
        "Votre commande {order} a été expédiée",
        "Votre colis est en route",
        "Suivi de votre colis",
        "Livraison prévue aujourd'hui",
      ],
      lines: [
        ["Bonne nouvelle ! Votre commande a été expédiée."],
        ["Votre colis a été remis à Colissimo.", "Livraison estimée : {date}."],
      ],
    },
    newsletter: {
      subjects: ["Les nouveautés {vendor} de {month}", "Quoi de neuf chez {vendor} ?", "Votre lettre d'information"],
      lines: [
        ["Découvrez les nouveautés de {vendor} ce mois-ci.", "Offres à partir de {amount} par mois."],
        ["Nouveau : facturation annuelle dès {amount}."],
      ],
    },
    promotion: {
      subjects: ["-{days} % ce week-end seulement", "Offres dès {amount}", "{vendor} : dernière chance"],
      lines: [
        ["Offre limitée : -{days} % sur tout le site.", "Dès {amount}. Jusqu'au {date}."],
        ["Économisez {amount} sur votre prochaine commande."],
      ],
    },
    passwordReset: {
      subjects: [
        "Réinitialisation de votre mot de passe",
        "Alerte de sécurité – compte {vendor}",
        "Votre code de vérification",
      ],
      lines: [
        [
          "Nous avons reçu une demande de réinitialisation de votre mot de passe.",
          "Si vous n'êtes pas à l'origine de cette demande, contactez-nous.",
        ],
        ["Une nouvelle connexion à votre compte a été détectée."],
      ],
    },
    paymentFailed: {
      subjects: ["Échec de paiement – action requise", "Votre paiement à {vendor} a été refusé", "Prélèvement rejeté"],
      lines: [
        ["Nous n'avons pas pu traiter votre paiement de {amount}.", "Merci de mettre à jour votre moyen de paiement."],
        ["Votre prélèvement de {amount} a été rejeté par votre banque.", "Nouvelle tentative le {date}."],
      ],
    },
    awaitingPayment: {
      subjects: [
        "Votre commande {order} est en attente de paiement",
        "Finalisez votre paiement",
        "En attente de votre virement",
      ],
      lines: [
        [
          "Votre commande est réservée mais nous n'avons pas encore reçu votre paiement.",
          "Merci de virer {amount} avant le {date}.",
        ],
        ["Votre commande sera traitée dès réception de {amount}."],
      ],
    },
    upcomingInvoice: {
      subjects: [
        "Votre prochaine facture {vendor}",
        "Aperçu de votre prochaine facture",
        "Prochain prélèvement le {date}",
      ],
      lines: [
        ["Voici un aperçu de votre prochaine facture.", "Le {date}, nous prélèverons {amount}."],
        ["Votre prochaine facture sera émise le {date}. Montant estimé : {amount}."],
      ],
    },
    quote: {
      subjects: ["Devis {number} – {vendor}", "Votre devis n° {number}", "Proposition commerciale {number}"],
      lines: [
        ["Merci pour votre demande.", "Veuillez trouver ci-joint notre devis, valable 30 jours."],
        ["Comme convenu, voici notre devis. Aucun montant n'a été débité."],
      ],
    },
    renewalReminder: {
      subjects: [
        "Votre abonnement sera bientôt renouvelé",
        "Rappel : renouvellement dans 7 jours",
        "Votre offre {vendor} se renouvelle le {date}",
      ],
      lines: [
        [
          "Votre abonnement sera renouvelé automatiquement le {date}.",
          "Le montant de {amount} sera débité de votre moyen de paiement.",
        ],
        ["Aucune action n'est requise de votre part."],
      ],
    },
    quoteDoc: {
      title: "DEVIS",
      total: ["Total TTC", "Montant du devis", "Total"],
      validUntil: "Valable jusqu'au",
      file: "devis",
    },
  },
  staffPhoto: {
    subjects: ["Ticket {vendor}", "note de frais", "ticket resto", "Reçu pour la compta"],
    lines: [
      ["Bonjour,", "ci-joint la photo du ticket. Payé avec la carte de la société."],
      ["À classer svp.", "Merci"],
    ],
  },
};
