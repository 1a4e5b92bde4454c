/**
 * Payments behind one interface (DESIGN §2): the built-in test provider (default) and Stripe
 * (STRIPE_SECRET_KEY). Both walk Stripe's PaymentIntent states; a decline answers `failed` with a reason and
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
  | { readonly status: 'requires_payment_method' }
  | { readonly status: 'succeeded' }
  | { readonly status: 'requires_action' }
  | { readonly status: 'processing' }
  | { readonly status: 'canceled' }
  | { readonly status: 'failed'; readonly reason: string }

export type ProviderRefund = { readonly refundId: string; readonly status: 'succeeded' | 'pending' | 'failed' }

/** A refund as the provider lists it, wherever it was made (our admin, or Stripe's dashboard). */
export type ListedRefund = ProviderRefund & {
  readonly amount: number
  /** Our refunds row id when the refund was made through our admin (refund metadata). */
  readonly reference: string | undefined
}

/** The account's customer at the provider, so a card saved at one checkout is offered at the next. */
export type PaymentCustomer = {
  readonly userId: string
  readonly email: string
  /** The provider's customer id when already created (users.stripe_customer_id). */
  readonly providerCustomerId: string | null
}

export type PaymentProvider = {
  readonly name: PaymentProviderName
  /** Creates the intent for an amount; the same idempotency key answers the same intent. */
  createIntent(
    order: {
      readonly id: string
      /** What the shopper reads on the order (`SF-10042`): the payment's description. */
      readonly number: string
      readonly total: number
      readonly currency: CurrencyCode
      /** Set for an account's order with a provider customer (see ensureCustomer). */
      readonly customerId?: string
    },
    idempotencyKey: string,
  ): Promise<PaymentIntent>
  /** The intent's current state, as a webhook would report it. */
  retrieve(intentId: string): Promise<PaymentOutcome>
  cancel(intentId: string): Promise<void>
  /**
   * Refunds `amount` (minor units) of a succeeded intent. The same idempotency key answers the same
   * refund; an amount above what is left throws. `reference` (our refund row id) comes back in
   * listRefunds, so a webhook can tell our refunds from the dashboard's.
   */
  refund(intentId: string, amount: number, idempotencyKey: string, reference?: string): Promise<ProviderRefund>
  /** Every refund of the intent, for reconciling after charge.refunded. */
  listRefunds(intentId: string): Promise<ListedRefund[]>
  /** The provider's customer for an account, created once; absent when the provider has none. */
  ensureCustomer?(customer: PaymentCustomer): Promise<string>
  /**
   * Confirmation on the server (the test provider's card form). Stripe confirms in the browser with
   * Stripe.js instead; then the pay and authenticate routes answer 409 and the client calls sync.
   */
  readonly serverConfirmation?: ServerConfirmation
}

export type ServerConfirmation = {
  confirm(intentId: string, card: Card): Promise<PaymentOutcome>
  /** The shopper's answer to a 3-D Secure challenge. */
  authenticate(intentId: string, approve: boolean): Promise<PaymentOutcome>
}
