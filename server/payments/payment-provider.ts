/**
 * Payments behind one interface (DESIGN §2): the built-in test provider (default) and, later,
 * Stripe. Both walk Stripe's PaymentIntent states; a decline answers `failed` with a reason and
 * leaves the intent ready for another card, as Stripe's `requires_payment_method` does.
 */

import type { CurrencyCode } from '../../shared/money.ts'
import type { PaymentProviderName, PaymentStatus } from '../../shared/orders/order.ts'

export type PaymentIntent = {
  readonly intentId: string
  readonly status: PaymentStatus
  /** For a browser-side confirmation (Stripe.js); the test provider confirms on the server. */
  readonly clientSecret?: string
}

export type Card = { readonly cardNumber: string; readonly expiry: string; readonly cvc: string }

/** The outcome of a confirmation or an authentication step, or the intent's state when read back. */
export type PaymentOutcome =
  | { readonly status: 'succeeded' }
  | { readonly status: 'requires_action' }
  | { readonly status: 'processing' }
  | { readonly status: 'canceled' }
  | { readonly status: 'failed'; readonly reason: string }

export type ProviderRefund = { readonly refundId: string; readonly status: 'succeeded' | 'pending' | 'failed' }

export type PaymentProvider = {
  readonly name: PaymentProviderName
  /** Creates the intent for an amount; the same idempotency key answers the same intent. */
  createIntent(
    order: { readonly id: string; readonly total: number; readonly currency: CurrencyCode },
    idempotencyKey: string,
  ): Promise<PaymentIntent>
  confirm(intentId: string, card: Card): Promise<PaymentOutcome>
  /** The shopper's answer to a 3-D Secure challenge. */
  authenticate(intentId: string, approve: boolean): Promise<PaymentOutcome>
  cancel(intentId: string): Promise<void>
  /**
   * Refunds `amount` (minor units) of a succeeded intent. The same idempotency key answers the same
   * refund; an amount above what is left throws.
   */
  refund(intentId: string, amount: number, idempotencyKey: string): Promise<ProviderRefund>
}
