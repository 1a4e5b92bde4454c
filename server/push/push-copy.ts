/** The notification text of each status, in the order's language (server-side, like the emails). */
import type { OrderLocale } from '../../shared/checkout/checkout-schema.ts'
import type { OrderStatus } from '../../shared/orders/order-status.ts'

type Copy = { readonly title: (number: string) => string; readonly body: Record<OrderStatus, string> }

const copy: Record<OrderLocale, Copy> = {
  en: {
    title: (number) => `Order ${number}`,
    body: {
      pending_payment: 'Your order is waiting for payment.',
      paid: 'Payment received. We are preparing your order.',
      fulfilling: 'Your order is being packed.',
      shipped: 'Your order is on its way.',
      delivered: 'Your order has been delivered.',
      payment_failed: 'The payment failed. Open the order to try again.',
      canceled: 'Your order was canceled.',
      refunded: 'Your order was refunded.',
      partially_refunded: 'Part of your order was refunded.',
    },
  },
  de: {
    title: (number) => `Bestellung ${number}`,
    body: {
      pending_payment: 'Deine Bestellung wartet auf die Zahlung.',
      paid: 'Zahlung erhalten. Wir bereiten deine Bestellung vor.',
      fulfilling: 'Deine Bestellung wird gepackt.',
      shipped: 'Deine Bestellung ist unterwegs.',
      delivered: 'Deine Bestellung wurde zugestellt.',
      payment_failed: 'Die Zahlung ist fehlgeschlagen. Öffne die Bestellung, um es erneut zu versuchen.',
      canceled: 'Deine Bestellung wurde storniert.',
      refunded: 'Deine Bestellung wurde erstattet.',
      partially_refunded: 'Ein Teil deiner Bestellung wurde erstattet.',
    },
  },
}

/** `number` as shown: `SF-10042`. */
export function statusNotification(locale: OrderLocale, number: string, status: OrderStatus) {
  const language = copy[locale]
  return { title: language.title(number), body: language.body[status] }
}
