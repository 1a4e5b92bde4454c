/** German copy of the shopper's emails, informal ("du") like the shop. */

import { accountDeletedCopies } from './account-deleted-email-copy.ts'
import { deAccountCopy } from './account-email-copy.de.ts'
import { type EmailCopy, type FailureReason, failureReasonOf, orderSummary, shippedContent } from './email-copy.ts'
import { deReviewCopy } from './review-email-copy.de.ts'

const failures: Record<FailureReason, string> = {
  insufficient_funds: 'Die Zahlung wurde abgelehnt: Deckung nicht ausreichend.',
  card_declined: 'Deine Karte wurde abgelehnt.',
  expired_card: 'Deine Karte ist abgelaufen.',
  incorrect_cvc: 'Die Prüfnummer war falsch.',
  authentication_failed: 'Die Zahlung wurde bei deiner Bank nicht bestätigt.',
  other: 'Die Zahlung ist nicht durchgegangen.',
}

const closing = 'Danke, dass du bei uns einkaufst.'
const viewOrder = 'Bestellung ansehen'

export const germanCopy: EmailCopy = {
  ...accountDeletedCopies.de,
  ...deReviewCopy,
  ...deAccountCopy,
  footer: (shop) => `Du bekommst diese E-Mail, weil du bei ${shop} bestellt hast.`,
  order_confirmation: (data, f) => {
    const number = f.orderNumber(data.orderId)
    const total = f.price(data.total, data.currency)
    return {
      subject: `Bestellung ${number} bestätigt`,
      preheader: `Wir haben deine Zahlung über ${total} erhalten und bereiten deine Bestellung vor.`,
      heading: 'Danke für deine Bestellung',
      paragraphs: [`Wir haben deine Zahlung für Bestellung ${number} erhalten und bereiten sie vor.`],
      action: { label: viewOrder, href: f.orderUrl(data.orderId) },
      summary: orderSummary(data, f, {
        title: 'Deine Bestellung',
        columns: { item: 'Artikel', quantity: 'Menge', total: 'Preis' },
        items: 'Zwischensumme',
        discount: (name) => `Rabatt (${name})`,
        shipping: 'Versand',
        tax: 'MwSt.',
        taxIncluded: 'Enthaltene MwSt.',
        total: 'Gesamt',
      }),
      ...(data.shippingAddress
        ? { address: { title: 'Lieferadresse', lines: f.addressLines(data.shippingAddress) } }
        : {}),
      closing,
    }
  },
  payment_failed: (data, f) => {
    const number = f.orderNumber(data.orderId)
    const reason = failures[failureReasonOf(data.reason)]
    return {
      subject: `Zahlung für Bestellung ${number} fehlgeschlagen`,
      preheader: reason,
      heading: 'Deine Zahlung ist nicht durchgegangen',
      paragraphs: [
        reason,
        'Deine Artikel bleiben noch eine Weile reserviert: Öffne die Bestellung im Shop und versuche es mit einer anderen Karte.',
      ],
      action: { label: 'Bestellung öffnen und bezahlen', href: f.orderUrl(data.orderId) },
      closing,
    }
  },
  order_shipped: (data, f) =>
    shippedContent(data, f, {
      subject: (number) => `Bestellung ${number} ist unterwegs`,
      preheader: (number, carrier) =>
        carrier ? `Bestellung ${number} ist mit ${carrier} unterwegs.` : `Bestellung ${number} ist unterwegs.`,
      heading: 'Deine Bestellung wurde versandt',
      paragraph: (number) => `Bestellung ${number} hat unser Lager verlassen.`,
      track: (carrier) => `Sendung bei ${carrier} verfolgen`,
      viewOrder,
      title: 'Lieferung',
      carrier: 'Versanddienst',
      trackingNumber: 'Sendungsnummer',
      closing,
    }),
  order_delivered: (data, f) => {
    const number = f.orderNumber(data.orderId)
    return {
      subject: `Bestellung ${number} wurde zugestellt`,
      preheader: `Bestellung ${number} wurde zugestellt. Viel Freude damit!`,
      heading: 'Deine Bestellung ist angekommen',
      paragraphs: [`Bestellung ${number} wurde zugestellt. Viel Freude damit!`],
      action: { label: viewOrder, href: f.orderUrl(data.orderId) },
      closing,
    }
  },
  order_refunded: (data, f) => {
    const number = f.orderNumber(data.orderId)
    const amount = f.price(data.amount, data.currency)
    return {
      subject: `Erstattung für Bestellung ${number}`,
      preheader: `Wir haben dir ${amount} für Bestellung ${number} erstattet.`,
      heading: 'Wir haben dir Geld erstattet',
      paragraphs: [
        `Wir haben dir ${amount} für Bestellung ${number} erstattet. Es kann ein paar Tage dauern, bis du es auf deinem Konto siehst.`,
      ],
      action: { label: viewOrder, href: f.orderUrl(data.orderId) },
      facts: {
        title: 'Erstattung',
        rows: [
          { label: 'Jetzt erstattet', value: amount, strong: true },
          { label: 'Insgesamt erstattet', value: f.price(data.refundedTotal, data.currency) },
          { label: 'Bestellsumme', value: f.price(data.total, data.currency) },
        ],
      },
      closing,
    }
  },
}
