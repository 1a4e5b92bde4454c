/** The checkout's requests: options, quote, placing the order, paying it. Writes carry the session's CSRF token. */
import type { CheckoutOptions, CheckoutQuote } from '../../shared/checkout/checkout-options.ts'
import type { ShippingMethod } from '../../shared/checkout/checkout-totals.ts'
import type { Locale } from '../../shared/i18n/locales.ts'
import type { Order } from '../../shared/orders/order.ts'
import type { LocalDb } from '../local-data/local-db.ts'
import { withCsrfToken } from '../local-data/session.ts'
import { parseOrder } from '../orders/parse-order.ts'
import { getJson, postJson } from '../platform/api-client.ts'
import type { CheckoutRequestBody } from './checkout-form.ts'
import { parseCheckoutOptions, parseCheckoutQuote } from './parse-checkout-answers.ts'

export function fetchCheckoutOptions(): Promise<CheckoutOptions> {
  return getJson('/api/checkout/options', parseCheckoutOptions)
}

export function fetchQuote(
  db: LocalDb,
  input: {
    readonly country: string
    readonly shippingMethod: ShippingMethod
    readonly discountCode?: string | undefined
    readonly locale: Locale
  },
): Promise<CheckoutQuote> {
  const body = {
    shippingAddress: { country: input.country },
    shippingMethod: input.shippingMethod,
    locale: input.locale,
    ...(input.discountCode ? { discountCode: input.discountCode } : {}),
  }
  return withCsrfToken(db, (token) => postJson('/api/checkout/quote', body, token, parseCheckoutQuote))
}

/** The key goes in the body (the server accepts it there too): postJson sets no custom headers. */
export function postCheckout(db: LocalDb, idempotencyKey: string, request: CheckoutRequestBody): Promise<Order> {
  return withCsrfToken(db, (token) => postJson('/api/checkout', { ...request, idempotencyKey }, token, parseOrder))
}

export function fetchOrder(orderId: string): Promise<Order> {
  return getJson(`/api/orders/${encodeURIComponent(orderId)}`, parseOrder)
}

export type CardInput = { readonly cardNumber: string; readonly expiry: string; readonly cvc: string }

export function payWithCard(db: LocalDb, orderId: string, card: CardInput): Promise<Order> {
  return withCsrfToken(db, (token) => postJson(`/api/orders/${orderId}/pay`, card, token, parseOrder))
}

/** The shopper's answer on the (test provider's) 3-D Secure page. */
export function answerAuthentication(db: LocalDb, orderId: string, approve: boolean): Promise<Order> {
  return withCsrfToken(db, (token) => postJson(`/api/orders/${orderId}/authenticate`, { approve }, token, parseOrder))
}

/** After Stripe.js confirmed in the browser: the server reads the intent back and updates the order. */
export function syncStripePayment(db: LocalDb, orderId: string): Promise<Order> {
  return withCsrfToken(db, (token) => postJson(`/api/orders/${orderId}/payment/sync`, {}, token, parseOrder))
}
