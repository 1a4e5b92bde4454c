/** English copy of the shopper's emails. */

import { type EmailCopy, type FailureReason, failureReasonOf } from './email-copy.ts'
import { emailLineName } from './email-data.ts'

const failures: Record<FailureReason, string> = {
  insufficient_funds: 'The payment was declined: insufficient funds.',
  card_declined: 'Your card was declined.',
  expired_card: 'Your card has expired.',
  incorrect_cvc: 'The security code was wrong.',
  authentication_failed: 'The payment was not confirmed with your bank.',
  other: 'The payment did not go through.',
}

const closing = 'Thank you for shopping with us.'

export const englishCopy: EmailCopy = {
  order_confirmation: (data, f) => ({
    subject: `Order ${f.orderNumber(data.orderId)} confirmed`,
    heading: 'Thank you for your order',
    paragraphs: [`We received your payment for order ${f.orderNumber(data.orderId)} and are getting it ready.`],
    rows: [
      ...data.lines.map((l) => [`${l.quantity} × ${emailLineName(l)}`, f.price(l.lineTotal, data.currency)] as const),
      ['Total', f.price(data.total, data.currency)],
    ],
    closing,
  }),
  payment_failed: (data, f) => ({
    subject: `Payment for order ${f.orderNumber(data.orderId)} failed`,
    heading: 'Your payment did not go through',
    paragraphs: [
      failures[failureReasonOf(data.reason)],
      'Your items stay reserved for a while: open the order in the shop and try another card.',
    ],
    closing,
  }),
  order_shipped: (data, f) => ({
    subject: `Order ${f.orderNumber(data.orderId)} is on its way`,
    heading: 'Your order has shipped',
    paragraphs: [`Order ${f.orderNumber(data.orderId)} has left our warehouse.`],
    rows: [
      ['Carrier', data.carrier ?? '–'],
      ['Tracking number', data.trackingNumber ?? '–'],
    ],
    closing,
  }),
  order_delivered: (data, f) => ({
    subject: `Order ${f.orderNumber(data.orderId)} was delivered`,
    heading: 'Your order has arrived',
    paragraphs: [`Order ${f.orderNumber(data.orderId)} was delivered. We hope you enjoy it.`],
    closing,
  }),
  order_refunded: (data, f) => ({
    subject: `Refund for order ${f.orderNumber(data.orderId)}`,
    heading: 'We refunded your payment',
    paragraphs: [
      `We refunded ${f.price(data.amount, data.currency)} for order ${f.orderNumber(data.orderId)}. It can take a few days to show on your statement.`,
    ],
    rows: [
      ['Refunded now', f.price(data.amount, data.currency)],
      ['Refunded in all', f.price(data.refundedTotal, data.currency)],
      ['Order total', f.price(data.total, data.currency)],
    ],
    closing,
  }),
}
