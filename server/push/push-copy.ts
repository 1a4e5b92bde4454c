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
  fr: {
    title: (number) => `Commande ${number}`,
    body: {
      pending_payment: 'Votre commande attend le paiement.',
      paid: 'Paiement reçu. Nous préparons votre commande.',
      fulfilling: 'Votre commande est en cours d’emballage.',
      shipped: 'Votre commande est en route.',
      delivered: 'Votre commande a été livrée.',
      payment_failed: 'Le paiement a échoué. Ouvrez la commande pour réessayer.',
      canceled: 'Votre commande a été annulée.',
      refunded: 'Votre commande a été remboursée.',
      partially_refunded: 'Une partie de votre commande a été remboursée.',
    },
  },
  es: {
    title: (number) => `Pedido ${number}`,
    body: {
      pending_payment: 'Tu pedido está pendiente de pago.',
      paid: 'Pago recibido. Estamos preparando tu pedido.',
      fulfilling: 'Estamos empaquetando tu pedido.',
      shipped: 'Tu pedido está en camino.',
      delivered: 'Tu pedido ha sido entregado.',
      payment_failed: 'El pago ha fallado. Abre el pedido para intentarlo de nuevo.',
      canceled: 'Tu pedido ha sido cancelado.',
      refunded: 'Tu pedido ha sido reembolsado.',
      partially_refunded: 'Se ha reembolsado parte de tu pedido.',
    },
  },
  ja: {
    title: (number) => `ご注文 ${number}`,
    body: {
      pending_payment: 'ご注文はお支払い待ちです。',
      paid: 'お支払いを確認しました。ご注文の準備を進めています。',
      fulfilling: 'ご注文の商品を梱包しています。',
      shipped: 'ご注文の商品を発送しました。',
      delivered: 'ご注文の商品をお届けしました。',
      payment_failed: 'お支払いに失敗しました。ご注文を開いてもう一度お試しください。',
      canceled: 'ご注文はキャンセルされました。',
      refunded: 'ご注文は返金されました。',
      partially_refunded: 'ご注文の一部が返金されました。',
    },
  },
  ar: {
    title: (number) => `الطلب \u2068${number}\u2069`,
    body: {
      pending_payment: 'طلبك بانتظار الدفع.',
      paid: 'تم استلام الدفعة. نحن نجهّز طلبك.',
      fulfilling: 'يجري تغليف طلبك.',
      shipped: 'طلبك في الطريق إليك.',
      delivered: 'تم توصيل طلبك.',
      payment_failed: 'فشلت عملية الدفع. افتح الطلب لتحاول مرة أخرى.',
      canceled: 'تم إلغاء طلبك.',
      refunded: 'تم استرداد مبلغ طلبك.',
      partially_refunded: 'تم استرداد جزء من مبلغ طلبك.',
    },
  },
}

/** `number` as shown: `SF-10042`. */
export function statusNotification(locale: OrderLocale, number: string, status: OrderStatus) {
  const language = copy[locale]
  return { title: language.title(number), body: language.body[status] }
}
