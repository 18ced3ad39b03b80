import type { Lexicon } from "./types";

// Brazilian and European Portuguese vendors share this lexicon; the vocabulary chosen is common to both.
export const pt: Lexicon = {
  receipt: {
    subjects: [
      "Seu recibo de {vendor}",
      "Confirmação de pagamento",
      "Obrigado pela sua compra",
      "Recibo nº {number}",
      "Pagamento aprovado – pedido {number}",
      "Recebemos o seu pagamento",
      "Comprovante de pagamento {vendor}",
    ],
    bySector: {
      food: ["Seu pedido {vendor} foi entregue", "Recibo do seu pedido {vendor}"],
      ride: ["Recibo da sua corrida com {vendor}", "Sua viagem com {vendor}"],
      rail: ["O seu bilhete e comprovativo de pagamento", "Confirmação de compra – bilhete {number}"],
      grocery: ["O seu talão de compra {vendor}", "Talão digital"],
    },
    intros: [
      ["Obrigado pelo seu pagamento.", "Aqui está o seu recibo."],
      ["Olá,", "obrigado pelo seu pedido. O pagamento foi aprovado."],
      ["Confirmamos o recebimento do seu pagamento."],
      ["Obrigado pela sua compra!"],
    ],
    titles: ["Recibo", "Comprovante de pagamento", "Confirmação de pagamento"],
  },
  invoice: {
    subjects: [
      "Sua fatura {number}",
      "Fatura {number} – {vendor}",
      "A sua fatura de {month} já está disponível",
      "Nova fatura disponível",
      "Fatura {vendor}",
    ],
    pdfSubjects: [
      "Fatura {number}",
      "Envio da fatura {number}",
      "Sua fatura {vendor}",
      "Fatura nº {number} – {vendor}",
      "Fatura do mês",
    ],
    intros: [
      ["Olá,", "sua fatura de {month} já está disponível."],
      ["Caro cliente,", "segue abaixo o detalhe da sua fatura."],
    ],
    pdfIntros: [
      ["Olá,", "segue em anexo a sua fatura em PDF."],
      ["Caro cliente,", "enviamos em anexo a fatura {number}."],
      ["Bom dia,", "em anexo encontra a sua fatura."],
    ],
    debitNotes: [
      "O valor será debitado na sua conta em {due}.",
      "Por favor, efetue o pagamento até {due}.",
      "O valor será cobrado no seu cartão.",
    ],
    title: "FATURA",
    file: "fatura",
  },
  refund: {
    subjects: [
      "Seu reembolso de {vendor}",
      "Reembolso efetuado",
      "Estorno do pedido {number}",
      "Devolvemos {amount} para você",
    ],
    intros: [
      ["Processamos o seu reembolso.", "O estorno pode levar até duas faturas do cartão para aparecer."],
      ["Olá,", "recebemos a sua devolução e efetuamos o reembolso."],
    ],
    titles: ["Reembolso", "Comprovante de estorno"],
    creditSubjects: [
      "Nota de crédito {number}",
      "A sua nota de crédito {number} – {vendor}",
      "Emissão de nota de crédito",
    ],
    creditIntros: [
      ["Caro cliente,", "segue em anexo a nota de crédito."],
      ["Olá,", "emitimos uma nota de crédito referente à sua devolução."],
    ],
    creditTitle: "NOTA DE CRÉDITO",
    creditFile: "nota-de-credito",
    reasons: ["Devolução", "Cancelamento", "Crédito por falha no serviço", "Cobrança duplicada", "Ajuste de preço"],
  },
  labels: {
    total: ["Total", "Valor total", "Total pago", "Valor pago", "Total do pedido"],
    amountDue: ["Valor total", "Total a pagar", "Total da fatura", "Valor a pagar", "Total"],
    refundTotal: ["Valor reembolsado", "Total estornado", "Valor do crédito", "Total"],
    subtotal: ["Subtotal", "Valor sem IVA"],
    net: "Base tributável",
    discount: "Desconto",
    shipping: "Taxa de entrega",
    date: ["Data", "Data do pagamento", "Data da compra"],
    invoiceDate: ["Data da fatura", "Data de emissão", "Data"],
    dueDate: ["Data de vencimento", "Vencimento", "Pagar até"],
    refundDate: ["Data do reembolso", "Estornado em", "Data"],
    orderDate: "Data do pedido",
    receiptNo: ["Nº do recibo", "Referência", "Nº da transação"],
    invoiceNo: ["Nº da fatura", "Fatura nº", "Número da fatura"],
    orderNo: ["Nº do pedido", "Pedido", "Código da reserva"],
    customerNo: "Nº de cliente",
    vatId: "NIF / CNPJ",
    paymentMethod: "Forma de pagamento",
    card: "{brand} final {last4}",
    period: "Período de faturação",
    nextBilling: "Próxima fatura",
    description: "Descrição",
    qty: "Qtd.",
    unitPrice: "Preço unitário",
    amount: "Valor",
    originalInvoice: "Fatura de origem",
    terms: ["Pagamento a {days} dias.", "Vencimento em {due}.", "Débito direto."],
    bank: "Dados bancários",
    page: "Página 1 de 1",
    paid: "PAGO",
    taxIncluded: "IVA incluído ({rate})",
    billTo: "Cliente",
  },
  outros: [
    "Dúvidas? Responda a este e-mail.",
    "Guarde este recibo.",
    "Obrigado pela preferência.",
    "Precisa de ajuda? Acesse a nossa central de ajuda.",
  ],
  greetings: ["Olá,", "Caro cliente,", "Bom dia,"],
  regards: ["Atenciosamente,", "Com os melhores cumprimentos,", "Abraços,"],
  till: {
    total: ["TOTAL", "TOTAL A PAGAR", "TOTAL EUR"],
    card: ["MULTIBANCO", "CARTAO", "PAGAMENTO CARTAO"],
    cash: "NUMERARIO",
    change: "TROCO",
    vat: "IVA",
    net: "BASE",
    gross: "TOTAL",
    thanks: ["OBRIGADO PELA SUA VISITA", "VOLTE SEMPRE"],
    receiptNo: "Fatura simplificada",
    cashier: "Caixa",
    items: [
      "LEITE MEIO GORDO",
      "PAO DE FORMA",
      "BANANA",
      "OVOS CLASSE M",
      "AZEITE 75CL",
      "ARROZ CAROLINO",
      "AGUA 1,5L",
      "QUEIJO FLAMENGO",
    ],
    subjects: ["O seu talão de compra {vendor}", "Talão digital de {date}", "O seu talão"],
    lines: [
      ["Obrigado pela sua compra.", "Segue em anexo o seu talão."],
      ["Olá,", "aqui está o seu talão digital."],
    ],
    file: "talao",
  },
  neg: {
    shipping: {
      subjects: [
        "Seu pedido {order} foi enviado",
        "Sua encomenda está a caminho",
        "Acompanhe a sua entrega",
        "Entrega prevista para hoje",
      ],
      lines: [
        ["Boas notícias! O seu pedido foi enviado."],
        ["A sua encomenda foi entregue aos Correios.", "Previsão de entrega: {date}."],
      ],
    },
    newsletter: {
      subjects: ["Novidades de {vendor} em {month}", "O que há de novo na {vendor}", "A sua newsletter"],
      lines: [
        ["Conheça as novidades da {vendor} deste mês.", "Planos a partir de {amount} por mês."],
        ["Novo: plano anual a partir de {amount}."],
      ],
    },
    promotion: {
      subjects: [
        "Só neste fim de semana: {days}% de desconto",
        "Ofertas a partir de {amount}",
        "{vendor}: última chance",
      ],
      lines: [
        ["Oferta por tempo limitado: {days}% em tudo.", "A partir de {amount}. Até {date}."],
        ["Economize {amount} no seu próximo pedido."],
      ],
    },
    passwordReset: {
      subjects: ["Redefina a sua senha", "Alerta de segurança da sua conta {vendor}", "Seu código de verificação"],
      lines: [
        ["Recebemos um pedido para redefinir a sua senha.", "Se não foi você, entre em contato conosco."],
        ["Detectamos um novo acesso à sua conta."],
      ],
    },
    paymentFailed: {
      subjects: [
        "Pagamento recusado",
        "O seu pagamento a {vendor} não foi aprovado",
        "Não conseguimos cobrar o seu cartão",
      ],
      lines: [
        ["Não foi possível processar o seu pagamento de {amount}.", "Atualize a sua forma de pagamento."],
        ["O pagamento de {amount} foi recusado pelo banco.", "Tentaremos novamente em {date}."],
      ],
    },
    awaitingPayment: {
      subjects: ["Pedido {order} aguardando pagamento", "Seu boleto vence em breve", "Finalize o seu pagamento"],
      lines: [
        [
          "Seu pedido foi recebido e está aguardando pagamento.",
          "Pague o boleto de {amount} até {date} para confirmar a compra.",
        ],
        ["O pedido será confirmado após a compensação do pagamento de {amount}."],
      ],
    },
    upcomingInvoice: {
      subjects: ["Sua próxima fatura {vendor}", "Prévia da sua próxima fatura", "Próxima cobrança em {date}"],
      lines: [
        ["Esta é uma prévia da sua próxima fatura.", "Em {date} cobraremos {amount} no seu cartão."],
        ["A sua próxima fatura será emitida em {date}. Valor estimado: {amount}."],
      ],
    },
    quote: {
      subjects: ["Orçamento {number} – {vendor}", "Seu orçamento nº {number}", "Proposta comercial {number}"],
      lines: [
        ["Obrigado pelo seu contato.", "Segue em anexo o nosso orçamento, válido por 30 dias."],
        ["Conforme combinado, segue o orçamento. Nenhum valor foi cobrado."],
      ],
    },
    renewalReminder: {
      subjects: [
        "Sua assinatura será renovada em breve",
        "Lembrete: renovação em 7 dias",
        "Seu plano {vendor} renova em {date}",
      ],
      lines: [
        [
          "A sua assinatura será renovada automaticamente em {date}.",
          "Será cobrado {amount} na sua forma de pagamento.",
        ],
        ["Não é necessário fazer nada."],
      ],
    },
    quoteDoc: {
      title: "ORÇAMENTO",
      total: ["Total do orçamento", "Valor total", "Total"],
      validUntil: "Válido até",
      file: "orcamento",
    },
  },
  staffPhoto: {
    subjects: ["Recibo {vendor}", "despesa de hoje", "nota do almoço", "Talão para a contabilidade"],
    lines: [
      ["Olá,", "segue a foto do recibo. Pago com o cartão da empresa."],
      ["Para lançar.", "Obrigado"],
    ],
  },
};
