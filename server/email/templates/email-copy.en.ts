/** English copy of the shopper's emails. */

import { accountDeletedCopies } from './account-deleted-email-copy.ts'
import { enAccountCopy } from './account-email-copy.en.ts'
import { type EmailCopy, type FailureReason, failureReasonOf, orderSummary, shippedContent } from './email-copy.ts'
import { enReviewCopy } from './review-email-copy.en.ts'

const failures: Record<FailureReason, string> = {
  insufficient_funds: 'The payment was declined: insufficient funds.',
  card_declined: 'Your card was declined.',
  expired_card: 'Your card has expired.',
  incorrect_cvc: 'The security code was wrong.',
  authentication_failed: 'The payment was not confirmed with your bank.',
  other: 'The payment did not go through.',
}

const closing = 'Thank you for shopping with us.'
const viewOrder = 'View your order'

export const englishCopy: EmailCopy = {
  ...accountDeletedCopies.en,
  ...enReviewCopy,
  ...enAccountCopy,
  footer: (shop) => `You get this email because you placed an order at ${shop}.`,
  order_confirmation: (data, f) => {
    const number = f.orderNumber(data.orderId)
    const total = f.price(data.total, data.currency)
    return {
      subject: `Order ${number} confirmed`,
      preheader: `We received your payment of ${total} and are getting your order ready.`,
      heading: 'Thank you for your order',
      paragraphs: [`We received your payment for order ${number} and are getting it ready.`],
      action: { label: viewOrder, href: f.orderUrl(data.orderId) },
      summary: orderSummary(data, f, {
        title: 'Order summary',
        columns: { item: 'Item', quantity: 'Qty', total: 'Price' },
        items: 'Subtotal',
        discount: (name) => `Discount (${name})`,
        shipping: 'Shipping',
        tax: 'Tax',
        taxIncluded: 'Including tax',
        total: 'Total',
      }),
      ...(data.shippingAddress
        ? { address: { title: 'Shipping to', lines: f.addressLines(data.shippingAddress) } }
        : {}),
      closing,
    }
  },
  payment_failed: (data, f) => {
    const number = f.orderNumber(data.orderId)
    const reason = failures[failureReasonOf(data.reason)]
    return {
      subject: `Payment for order ${number} failed`,
      preheader: reason,
      heading: 'Your payment did not go through',
      paragraphs: [reason, 'Your items stay reserved for a while: open the order in the shop and try another card.'],
      action: { label: 'Open the order to pay', href: f.orderUrl(data.orderId) },
      closing,
    }
  },
  order_shipped: (data, f) =>
    shippedContent(data, f, {
      subject: (number) => `Order ${number} is on its way`,
      preheader: (number, carrier) =>
        carrier ? `Order ${number} is on its way with ${carrier}.` : `Order ${number} is on its way.`,
      heading: 'Your order has shipped',
      paragraph: (number) => `Order ${number} has left our warehouse.`,
      track: (carrier) => `Track the parcel at ${carrier}`,
      viewOrder,
      title: 'Delivery',
      carrier: 'Carrier',
      trackingNumber: 'Tracking number',
      closing,
    }),
  order_delivered: (data, f) => {
    const number = f.orderNumber(data.orderId)
    return {
      subject: `Order ${number} was delivered`,
      preheader: `Order ${number} was delivered. We hope you enjoy it.`,
      heading: 'Your order has arrived',
      paragraphs: [`Order ${number} was delivered. We hope you enjoy it.`],
      action: { label: viewOrder, href: f.orderUrl(data.orderId) },
      closing,
    }
  },
  order_refunded: (data, f) => {
    const number = f.orderNumber(data.orderId)
    const amount = f.price(data.amount, data.currency)
    return {
      subject: `Refund for order ${number}`,
      preheader: `We refunded ${amount} for order ${number}.`,
      heading: 'We refunded your payment',
      paragraphs: [`We refunded ${amount} for order ${number}. It can take a few days to show on your statement.`],
      action: { label: viewOrder, href: f.orderUrl(data.orderId) },
      facts: {
        title: 'Refund',
        rows: [
          { label: 'Refunded now', value: amount, strong: true },
          { label: 'Refunded in all', value: f.price(data.refundedTotal, data.currency) },
          { label: 'Order total', value: f.price(data.total, data.currency) },
        ],
      },
      closing,
    }
  },
}
