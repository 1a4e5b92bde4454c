/** Spanish (Spain) copy of the shopper's emails, informal ("tú") like the shop. */

import { accountDeletedCopies } from './account-deleted-email-copy.ts'
import { esAccountCopy } from './account-email-copy.es.ts'
import { type EmailCopy, type FailureReason, failureReasonOf, orderSummary, shippedContent } from './email-copy.ts'
import { esReviewCopy } from './review-email-copy.es.ts'

const failures: Record<FailureReason, string> = {
  insufficient_funds: 'Se ha rechazado el pago: fondos insuficientes.',
  card_declined: 'Se ha rechazado tu tarjeta.',
  expired_card: 'Tu tarjeta ha caducado.',
  incorrect_cvc: 'El código de seguridad no es correcto.',
  authentication_failed: 'Tu banco no ha confirmado el pago.',
  other: 'No se ha podido completar el pago.',
}

const closing = 'Gracias por comprar con nosotros.'
const viewOrder = 'Ver tu pedido'

export const spanishCopy: EmailCopy = {
  ...accountDeletedCopies.es,
  ...esReviewCopy,
  ...esAccountCopy,
  footer: (shop) => `Recibes este correo porque has hecho un pedido en ${shop}.`,
  order_confirmation: (data, f) => {
    const number = f.orderNumber(data.orderId)
    const total = f.price(data.total, data.currency)
    return {
      subject: `Pedido ${number} confirmado`,
      preheader: `Hemos recibido tu pago de ${total} y estamos preparando tu pedido.`,
      heading: 'Gracias por tu pedido',
      paragraphs: [`Hemos recibido el pago del pedido ${number} y lo estamos preparando.`],
      action: { label: viewOrder, href: f.orderUrl(data.orderId) },
      summary: orderSummary(data, f, {
        title: 'Resumen del pedido',
        columns: { item: 'Artículo', quantity: 'Cant.', total: 'Precio' },
        items: 'Subtotal',
        discount: (name) => `Descuento (${name})`,
        shipping: 'Envío',
        tax: 'IVA',
        taxIncluded: 'IVA incluido',
        total: 'Total',
      }),
      ...(data.shippingAddress
        ? { address: { title: 'Dirección de envío', lines: f.addressLines(data.shippingAddress) } }
        : {}),
      closing,
    }
  },
  payment_failed: (data, f) => {
    const number = f.orderNumber(data.orderId)
    const reason = failures[failureReasonOf(data.reason)]
    return {
      subject: `Error en el pago del pedido ${number}`,
      preheader: reason,
      heading: 'No se ha podido completar tu pago',
      paragraphs: [
        reason,
        'Tus artículos siguen reservados durante un tiempo: abre el pedido en la tienda y prueba con otra tarjeta.',
      ],
      action: { label: 'Abrir el pedido para pagar', href: f.orderUrl(data.orderId) },
      closing,
    }
  },
  order_shipped: (data, f) =>
    shippedContent(data, f, {
      subject: (number) => `Tu pedido ${number} está en camino`,
      preheader: (number, carrier) =>
        carrier ? `Tu pedido ${number} está en camino con ${carrier}.` : `Tu pedido ${number} está en camino.`,
      heading: 'Hemos enviado tu pedido',
      paragraph: (number) => `Tu pedido ${number} ha salido de nuestro almacén.`,
      track: (carrier) => `Seguir el paquete en ${carrier}`,
      viewOrder,
      title: 'Entrega',
      carrier: 'Transportista',
      trackingNumber: 'Número de seguimiento',
      closing,
    }),
  order_delivered: (data, f) => {
    const number = f.orderNumber(data.orderId)
    return {
      subject: `Tu pedido ${number} se ha entregado`,
      preheader: `Tu pedido ${number} se ha entregado. ¡Esperamos que lo disfrutes!`,
      heading: 'Tu pedido ha llegado',
      paragraphs: [`Tu pedido ${number} se ha entregado. ¡Esperamos que lo disfrutes!`],
      action: { label: viewOrder, href: f.orderUrl(data.orderId) },
      closing,
    }
  },
  order_refunded: (data, f) => {
    const number = f.orderNumber(data.orderId)
    const amount = f.price(data.amount, data.currency)
    return {
      subject: `Reembolso del pedido ${number}`,
      preheader: `Te hemos reembolsado ${amount} del pedido ${number}.`,
      heading: 'Te hemos devuelto el dinero',
      paragraphs: [
        `Te hemos reembolsado ${amount} del pedido ${number}. Puede tardar unos días en aparecer en tu extracto.`,
      ],
      action: { label: viewOrder, href: f.orderUrl(data.orderId) },
      facts: {
        title: 'Reembolso',
        rows: [
          { label: 'Este reembolso', value: amount, strong: true },
          { label: 'Total reembolsado', value: f.price(data.refundedTotal, data.currency) },
          { label: 'Total del pedido', value: f.price(data.total, data.currency) },
        ],
      },
      closing,
    }
  },
}
