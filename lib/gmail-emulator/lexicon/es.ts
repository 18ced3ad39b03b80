import type { Lexicon } from "./types";

export const es: Lexicon = {
  receipt: {
    subjects: [
      "Tu recibo de {vendor}",
      "Confirmación de pago",
      "Gracias por tu compra",
      "Recibo n.º {number}",
      "Confirmación de tu pedido {number}",
      "Hemos recibido tu pago",
      "Justificante de pago de {vendor}",
    ],
    bySector: {
      rail: ["Confirmación de compra de billetes – localizador {number}", "Tu billete y justificante de pago"],
      ride: ["Tu viaje con {vendor}", "Recibo de tu viaje"],
      grocery: ["Tu ticket de compra de {vendor}", "Tu ticket digital"],
      airline: ["Confirmación de tu reserva {number}", "Tu billete electrónico y recibo"],
    },
    intros: [
      ["Gracias por tu pago.", "Aquí tienes tu recibo."],
      ["Hola,", "gracias por tu pedido. Hemos recibido tu pago correctamente."],
      ["Te confirmamos que el pago se ha realizado con éxito."],
      ["¡Gracias por tu compra!"],
    ],
    titles: ["Recibo", "Justificante de pago", "Confirmación de pago"],
  },
  invoice: {
    subjects: [
      "Tu factura {number}",
      "Factura {number} de {vendor}",
      "Ya está disponible tu factura de {month}",
      "Nueva factura disponible",
      "Tu factura de {vendor}",
    ],
    pdfSubjects: [
      "Factura {number}",
      "Tu factura {number}",
      "Envío de factura {number} – {vendor}",
      "Factura de {vendor}",
      "Su factura electrónica",
    ],
    intros: [
      ["Hola,", "ya tienes disponible tu factura de {month}."],
      ["Estimado cliente:", "a continuación le detallamos su factura."],
    ],
    pdfIntros: [
      ["Hola,", "te adjuntamos tu factura en PDF."],
      ["Estimado cliente:", "adjuntamos la factura {number} correspondiente a sus servicios."],
      ["Buenos días,", "le enviamos adjunta su factura electrónica."],
    ],
    debitNotes: [
      "El importe se cargará en su cuenta el {due}.",
      "Por favor, abone el importe antes del {due}.",
      "El importe se cargará en tu tarjeta.",
    ],
    title: "FACTURA",
    file: "factura",
  },
  refund: {
    subjects: [
      "Tu reembolso de {vendor}",
      "Reembolso realizado",
      "Hemos procesado tu reembolso – pedido {number}",
      "Te hemos devuelto {amount}",
    ],
    intros: [
      ["Hemos procesado tu reembolso.", "Puede tardar entre 5 y 10 días hábiles en aparecer en tu cuenta."],
      ["Hola,", "hemos recibido tu devolución y te hemos reembolsado el importe."],
    ],
    titles: ["Reembolso", "Justificante de reembolso"],
    creditSubjects: ["Factura rectificativa {number}", "Abono {number} – {vendor}", "Su factura rectificativa"],
    creditIntros: [
      ["Estimado cliente:", "le adjuntamos la factura rectificativa."],
      ["Hola,", "te enviamos el abono correspondiente a tu devolución."],
    ],
    creditTitle: "FACTURA RECTIFICATIVA",
    creditFile: "factura-rectificativa",
    reasons: ["Devolución", "Cancelación", "Abono por incidencia", "Cargo duplicado", "Corrección de precio"],
  },
  labels: {
    total: ["Total", "Importe total", "Total pagado", "Importe pagado", "Total (IVA incluido)"],
    amountDue: ["Importe total", "Total factura", "Total a pagar", "Importe a pagar", "Total"],
    refundTotal: ["Importe reembolsado", "Total reembolsado", "Importe del abono", "Total"],
    subtotal: ["Subtotal", "Base imponible"],
    net: "Base imponible",
    discount: "Descuento",
    shipping: "Gastos de envío",
    date: ["Fecha", "Fecha de pago", "Fecha de compra"],
    invoiceDate: ["Fecha de factura", "Fecha de emisión", "Fecha"],
    dueDate: ["Fecha de vencimiento", "Vencimiento", "Fecha de cargo"],
    refundDate: ["Fecha del reembolso", "Reembolsado el", "Fecha"],
    orderDate: "Fecha del pedido",
    receiptNo: ["N.º de recibo", "Referencia", "N.º de operación"],
    invoiceNo: ["N.º de factura", "Número de factura", "Factura n.º"],
    orderNo: ["N.º de pedido", "Localizador", "Referencia del pedido"],
    customerNo: "N.º de cliente",
    vatId: "NIF",
    paymentMethod: "Forma de pago",
    card: "{brand} terminada en {last4}",
    period: "Periodo de facturación",
    nextBilling: "Próxima factura",
    description: "Concepto",
    qty: "Cant.",
    unitPrice: "Precio unitario",
    amount: "Importe",
    originalInvoice: "Factura original",
    terms: ["Pago a {days} días.", "Vencimiento: {due}.", "Domiciliación bancaria."],
    bank: "Datos bancarios",
    page: "Página 1 de 1",
    paid: "PAGADO",
    taxIncluded: "IVA incluido ({rate})",
    billTo: "Cliente",
  },
  outros: [
    "¿Tienes alguna pregunta? Responde a este correo.",
    "Guarda este recibo para tus registros.",
    "Gracias por confiar en nosotros.",
    "¿Necesitas ayuda? Visita nuestro centro de ayuda.",
  ],
  greetings: ["Hola,", "Estimado cliente:", "Buenos días,"],
  regards: ["Un saludo,", "Atentamente,", "Saludos cordiales,"],
  till: {
    total: ["TOTAL", "TOTAL (€)", "TOTAL A PAGAR", "IMPORTE"],
    card: ["TARJETA", "TARJETA CREDITO", "PAGO CON TARJETA"],
    cash: "EFECTIVO",
    change: "CAMBIO",
    vat: "IVA",
    net: "BASE",
    gross: "TOTAL",
    thanks: ["GRACIAS POR SU VISITA", "GRACIAS Y HASTA PRONTO"],
    receiptNo: "Factura simplificada",
    cashier: "Caja",
    items: [
      "LECHE ENTERA",
      "PAN DE MOLDE",
      "PLATANOS",
      "HUEVOS L 12",
      "ACEITE OLIVA 1L",
      "TOMATE TRITURADO",
      "AGUA MINERAL",
      "QUESO CURADO",
    ],
    subjects: ["Tu ticket de compra de {vendor}", "Tu ticket digital del {date}", "Ticket de compra"],
    lines: [
      ["Gracias por tu compra.", "Adjuntamos tu ticket."],
      ["Hola,", "aquí tienes tu ticket digital."],
    ],
    file: "ticket",
  },
  neg: {
    shipping: {
      subjects: [
        "Tu pedido {order} ha sido enviado",
        "Tu paquete está en camino",
        "Seguimiento de tu envío",
        "Tu pedido llega hoy",
      ],
      lines: [
        ["¡Buenas noticias! Tu pedido ya está en camino."],
        ["Hemos entregado tu paquete a Correos.", "Entrega estimada: {date}."],
      ],
    },
    newsletter: {
      subjects: ["Novedades de {vendor} en {month}", "Lo nuevo de {vendor}", "Tu boletín mensual"],
      lines: [
        ["Descubre las novedades de {vendor} este mes.", "Planes desde {amount} al mes."],
        ["Nuevo: facturación anual desde {amount}."],
      ],
    },
    promotion: {
      subjects: ["Solo este fin de semana: -{days} %", "Ofertas desde {amount}", "{vendor}: última oportunidad"],
      lines: [
        ["Oferta limitada: -{days} % en todo.", "Desde {amount}. Hasta el {date}."],
        ["Ahorra {amount} en tu próximo pedido."],
      ],
    },
    passwordReset: {
      subjects: ["Restablece tu contraseña", "Alerta de seguridad de tu cuenta {vendor}", "Tu código de verificación"],
      lines: [
        ["Hemos recibido una solicitud para restablecer tu contraseña.", "Si no has sido tú, contacta con nosotros."],
        ["Hemos detectado un nuevo inicio de sesión en tu cuenta."],
      ],
    },
    paymentFailed: {
      subjects: ["No hemos podido realizar el cobro", "Tu pago a {vendor} ha sido rechazado", "Recibo devuelto"],
      lines: [
        [
          "No hemos podido procesar tu pago de {amount}.",
          "Actualiza tu forma de pago para evitar la suspensión del servicio.",
        ],
        ["Tu banco ha devuelto el recibo de {amount}.", "Volveremos a intentarlo el {date}."],
      ],
    },
    awaitingPayment: {
      subjects: ["Tu pedido {order} está pendiente de pago", "Completa tu pago", "Esperamos tu transferencia"],
      lines: [
        [
          "Hemos reservado tu pedido, pero aún no hemos recibido el pago.",
          "Realiza una transferencia de {amount} antes del {date}.",
        ],
        ["Tu pedido se procesará cuando recibamos {amount}."],
      ],
    },
    upcomingInvoice: {
      subjects: ["Tu próxima factura de {vendor}", "Avance de tu próxima factura", "Próximo cargo el {date}"],
      lines: [
        ["Este es un avance de tu próxima factura.", "El {date} cargaremos {amount} en tu tarjeta."],
        ["Tu próxima factura se emitirá el {date}. Importe estimado: {amount}."],
      ],
    },
    quote: {
      subjects: ["Presupuesto {number} de {vendor}", "Tu presupuesto n.º {number}", "Presupuesto solicitado"],
      lines: [
        ["Gracias por tu solicitud.", "Adjuntamos nuestro presupuesto, válido durante 30 días."],
        ["Como acordamos, te enviamos el presupuesto. No se ha realizado ningún cargo."],
      ],
    },
    renewalReminder: {
      subjects: [
        "Tu suscripción se renovará pronto",
        "Recordatorio: renovación en 7 días",
        "Tu plan {vendor} se renueva el {date}",
      ],
      lines: [
        ["Tu suscripción se renovará automáticamente el {date}.", "Se cargarán {amount} en tu forma de pago."],
        ["No tienes que hacer nada."],
      ],
    },
    quoteDoc: {
      title: "PRESUPUESTO",
      total: ["Total presupuesto", "Importe total", "Total"],
      validUntil: "Válido hasta",
      file: "presupuesto",
    },
  },
  staffPhoto: {
    subjects: ["Ticket {vendor}", "gasto de hoy", "ticket comida", "Recibo para contabilidad"],
    lines: [
      ["Hola,", "te adjunto la foto del ticket. Pagado con la tarjeta de empresa."],
      ["Para contabilizar.", "Gracias"],
    ],
  },
};
