/** German copy of the shopper's emails, informal ("du") like the shop. */

import { type EmailCopy, type FailureReason, failureReasonOf } from './email-copy.ts'
import { emailLineName } from './email-data.ts'

const failures: Record<FailureReason, string> = {
  insufficient_funds: 'Die Zahlung wurde abgelehnt: Deckung nicht ausreichend.',
  card_declined: 'Deine Karte wurde abgelehnt.',
  expired_card: 'Deine Karte ist abgelaufen.',
  incorrect_cvc: 'Die Prüfnummer war falsch.',
  authentication_failed: 'Die Zahlung wurde bei deiner Bank nicht bestätigt.',
  other: 'Die Zahlung ist nicht durchgegangen.',
}

const closing = 'Danke, dass du bei uns einkaufst.'

export const germanCopy: EmailCopy = {
  order_confirmation: (data, f) => ({
    subject: `Bestellung ${f.orderNumber(data.orderId)} bestätigt`,
    heading: 'Danke für deine Bestellung',
    paragraphs: [
      `Wir haben deine Zahlung für Bestellung ${f.orderNumber(data.orderId)} erhalten und bereiten sie vor.`,
    ],
    rows: [
      ...data.lines.map((l) => [`${l.quantity} × ${emailLineName(l)}`, f.price(l.lineTotal, data.currency)] as const),
      ['Gesamt', f.price(data.total, data.currency)],
    ],
    closing,
  }),
  payment_failed: (data, f) => ({
    subject: `Zahlung für Bestellung ${f.orderNumber(data.orderId)} fehlgeschlagen`,
    heading: 'Deine Zahlung ist nicht durchgegangen',
    paragraphs: [
      failures[failureReasonOf(data.reason)],
      'Deine Artikel bleiben noch eine Weile reserviert: Öffne die Bestellung im Shop und versuche es mit einer anderen Karte.',
    ],
    closing,
  }),
  order_shipped: (data, f) => ({
    subject: `Bestellung ${f.orderNumber(data.orderId)} ist unterwegs`,
    heading: 'Deine Bestellung wurde versandt',
    paragraphs: [`Bestellung ${f.orderNumber(data.orderId)} hat unser Lager verlassen.`],
    rows: [
      ['Versanddienst', data.carrier ?? '–'],
      ['Sendungsnummer', data.trackingNumber ?? '–'],
    ],
    closing,
  }),
  order_delivered: (data, f) => ({
    subject: `Bestellung ${f.orderNumber(data.orderId)} wurde zugestellt`,
    heading: 'Deine Bestellung ist angekommen',
    paragraphs: [`Bestellung ${f.orderNumber(data.orderId)} wurde zugestellt. Viel Freude damit!`],
    closing,
  }),
  order_refunded: (data, f) => ({
    subject: `Erstattung für Bestellung ${f.orderNumber(data.orderId)}`,
    heading: 'Wir haben dir Geld erstattet',
    paragraphs: [
      `Wir haben dir ${f.price(data.amount, data.currency)} für Bestellung ${f.orderNumber(data.orderId)} erstattet. Es kann ein paar Tage dauern, bis du es auf deinem Konto siehst.`,
    ],
    rows: [
      ['Jetzt erstattet', f.price(data.amount, data.currency)],
      ['Insgesamt erstattet', f.price(data.refundedTotal, data.currency)],
      ['Bestellsumme', f.price(data.total, data.currency)],
    ],
    closing,
  }),
}
