/** The shape every locale's copy has: one function per template, from its data to its content. */
import type { CurrencyCode } from '../../../shared/money.ts'
import type { EmailContent, EmailSummary } from './email-content.ts'
import type { EmailAddress, EmailData, EmailTemplate } from './email-data.ts'

/** Locale-aware formatting and the shop's links, so copy never formats money, numbers or URLs itself. */
export type EmailFormat = {
  readonly price: (amount: number, currency: CurrencyCode) => string
  readonly orderNumber: (orderId: string) => string
  /** The order's page in the shop (client/orders/order-page.tsx). */
  readonly orderUrl: (orderId: string) => string
  /** Name first, country (named in the email's language) last. */
  readonly addressLines: (address: EmailAddress) => readonly string[]
  /** The carrier's tracking page (shared/orders/carrier-tracking.ts); null for a carrier it does not know. */
  readonly trackingUrl: (carrier: string, trackingNumber: string) => string | null
  /** The product's page, and its review form (`/p/<slug>/review`). */
  readonly productUrl: (slug: string) => string
  readonly reviewUrl: (slug: string) => string
  /** The unsubscribe page of a signed token (server/email/unsubscribe.routes.ts). */
  readonly unsubscribeUrl: (token: string) => string
  /** The shop's home page in the email's language. */
  readonly homeUrl: () => string
  /**
   * An account page of the shop; an emailed link's token goes in the fragment, which browsers never
   * send to a server or in a Referer (decision 0031): `/en/account/reset-password#token=…`.
   */
  readonly accountUrl: (page: AccountPage, token?: string) => string
}

export type AccountPage = 'reset-password' | 'verify-email' | 'confirm-email' | 'forgot-password'

export type EmailCopy = {
  readonly [T in EmailTemplate]: (data: EmailData<T>, format: EmailFormat) => EmailContent
} & {
  /** Under every email, after the shop's name: why the shopper gets it. */
  readonly footer: (shopName: string) => string
  /** What joins a label to its value in the text part, when not `: `. */
  readonly colon?: string
}

/**
 * `value` in a first-strong isolate (U+2068 … U+2069), for a Latin name, order number or price inside
 * right-to-left text: it keeps its own order and does not pull the punctuation around it along.
 */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`
}

/** Stripe decline codes and the test provider's, as in the shop's payment page. */
export type FailureReason =
  | 'insufficient_funds'
  | 'card_declined'
  | 'expired_card'
  | 'incorrect_cvc'
  | 'authentication_failed'
  | 'other'

const reasons: Record<string, FailureReason> = {
  insufficient_funds: 'insufficient_funds',
  card_declined: 'card_declined',
  generic_decline: 'card_declined',
  expired_card: 'expired_card',
  incorrect_cvc: 'incorrect_cvc',
  authentication_failed: 'authentication_failed',
  payment_intent_authentication_failure: 'authentication_failed',
}

export function failureReasonOf(reason: string): FailureReason {
  return reasons[reason] ?? 'other'
}

type SummaryLabels = Pick<EmailSummary, 'title' | 'columns'> & {
  readonly items: string
  /** The discount's row, named by its code, or by the promotion's title when it has none. */
  readonly discount: (name: string) => string
  readonly shipping: string
  readonly tax: string
  /** The tax contained in prices that include it, after the total. */
  readonly taxIncluded: string
  readonly total: string
}

/**
 * The confirmation's lines and totals. Totals are rows: the discount is one more, negative, between
 * subtotal and shipping, so the rows add up (total = subtotal − discount + shipping + tax); an email
 * queued before the breakdown was stored shows the total alone.
 */
export function orderSummary(
  data: EmailData<'order_confirmation'>,
  f: EmailFormat,
  labels: SummaryLabels,
): EmailSummary {
  const price = (amount: number) => f.price(amount, data.currency)
  const breakdown = data.breakdown
  const discount = data.discount
  const discountRows =
    discount && discount.amount > 0
      ? [{ label: labels.discount(discount.code ?? discount.title), value: price(-discount.amount) }]
      : []
  return {
    title: labels.title,
    columns: labels.columns,
    lines: data.lines.map((l) => ({
      name: l.name,
      options: l.options,
      quantity: l.quantity,
      total: price(l.lineTotal),
    })),
    totals: [
      ...(breakdown
        ? [
            { label: labels.items, value: price(breakdown.items) },
            ...discountRows,
            { label: labels.shipping, value: price(breakdown.shipping) },
            ...(breakdown.taxIncluded ? [] : [{ label: labels.tax, value: price(breakdown.tax) }]),
          ]
        : discountRows),
      { label: labels.total, value: price(data.total), strong: true },
      // Prices that contained the tax (VAT, consumption tax): the part of the total that is tax.
      ...(breakdown?.taxIncluded ? [{ label: labels.taxIncluded, value: price(breakdown.tax) }] : []),
    ],
  }
}

type ShippedLabels = {
  readonly subject: (number: string) => string
  readonly preheader: (number: string, carrier: string | null) => string
  readonly heading: string
  readonly paragraph: (number: string) => string
  readonly track: (carrier: string) => string
  readonly viewOrder: string
  readonly title: string
  readonly carrier: string
  readonly trackingNumber: string
  readonly closing: string
}

/** The shipped email: the carrier's tracking page is the button when the shop knows the carrier. */
export function shippedContent(data: EmailData<'order_shipped'>, f: EmailFormat, labels: ShippedLabels): EmailContent {
  const number = f.orderNumber(data.orderId)
  const order = { label: labels.viewOrder, href: f.orderUrl(data.orderId) }
  const tracking = data.carrier && data.trackingNumber ? f.trackingUrl(data.carrier, data.trackingNumber) : null
  return {
    subject: labels.subject(number),
    preheader: labels.preheader(number, data.carrier),
    heading: labels.heading,
    paragraphs: [labels.paragraph(number)],
    ...(tracking && data.carrier
      ? { action: { label: labels.track(data.carrier), href: tracking }, secondaryLink: order }
      : { action: order }),
    facts: {
      title: labels.title,
      rows: [
        { label: labels.carrier, value: data.carrier ?? '–' },
        { label: labels.trackingNumber, value: data.trackingNumber ?? '–' },
      ],
    },
    closing: labels.closing,
  }
}
