/**
 * Stripe behind the PaymentProvider interface (STRIPE_SECRET_KEY set). PaymentIntents use automatic
 * payment methods and are confirmed in the browser with Stripe.js, so this provider has no server
 * confirmation; the server learns the outcome from a webhook or from `payment/sync`. Every create
 * call carries an idempotency key, so a retried checkout or refund never charges or pays out twice.
 */
import Stripe from 'stripe'
import { ErrorCode } from '../../shared/errors.ts'
import { type CurrencyCode, currencyDecimals, isMinorUnits } from '../../shared/money.ts'
import type { PaymentStatus } from '../../shared/orders/order.ts'
import type { StripeConfig } from '../env.ts'
import { AppError } from '../platform/http-errors.ts'
import type { Logger } from '../platform/logger.ts'
import type { ListedRefund, PaymentOutcome, PaymentProvider, ProviderRefund } from './payment-provider.ts'

/** The SDK pointed at api.stripe.com, or at `config.api` (stripe-mock, a test stub). */
export function createStripeClient(config: Pick<StripeConfig, 'secretKey' | 'api'>): Stripe {
  return new Stripe(config.secretKey, {
    ...(config.api ?? {}),
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: 'storefront' },
  })
}

export function createStripePaymentProvider(stripe: Stripe, logger: Logger): PaymentProvider {
  /** A Stripe error becomes a 502 for the caller; the log keeps Stripe's request id (never the key). */
  const call = async <T>(operation: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work()
    } catch (error) {
      if (!(error instanceof Stripe.errors.StripeError)) throw error
      logger.error(
        {
          operation,
          stripeRequestId: error.requestId,
          type: error.type,
          code: error.code,
          statusCode: error.statusCode,
          message: error.message,
        },
        'stripe request failed',
      )
      throw new AppError(ErrorCode.PaymentProviderFailed, `The payment provider could not ${operation}.`)
    }
  }

  return {
    name: 'stripe',

    async createIntent(order, idempotencyKey) {
      const intent = await call('create the payment', () =>
        stripe.paymentIntents.create(
          {
            amount: stripeAmount(order.total, order.currency),
            currency: stripeCurrency(order.currency),
            automatic_payment_methods: { enabled: true },
            // The order number in Stripe's dashboard and receipts, as the shopper knows the order.
            description: `Order ${order.number}`,
            metadata: { orderId: order.id, orderNumber: order.number },
            // The shopper's card is saved on their customer and offered again at their next checkout.
            ...(order.customerId ? { customer: order.customerId, setup_future_usage: 'on_session' as const } : {}),
          },
          { idempotencyKey },
        ),
      )
      return {
        intentId: intent.id,
        status: paymentStatusOf(intent),
        ...(intent.client_secret ? { clientSecret: intent.client_secret } : {}),
      }
    },

    async retrieve(intentId) {
      return outcomeOfIntent(await call('read the payment', () => stripe.paymentIntents.retrieve(intentId)))
    },

    async cancel(intentId) {
      await call('cancel the payment', () => stripe.paymentIntents.cancel(intentId))
    },

    async refund(intentId, amount, idempotencyKey, reference) {
      // No currency on a refund: Stripe refunds in the charge's currency, and `amount` is already in
      // that currency's minor units (the order's), so a yen order is refunded in whole yen.
      const refund = await call('refund the payment', () =>
        stripe.refunds.create(
          {
            payment_intent: intentId,
            amount: stripeRefundAmount(amount),
            ...(reference ? { metadata: { refundId: reference } } : {}),
          },
          { idempotencyKey },
        ),
      )
      return { refundId: refund.id, status: refundStatusOf(refund) }
    },

    async listRefunds(intentId) {
      const page = await call('list the refunds', () => stripe.refunds.list({ payment_intent: intentId, limit: 100 }))
      return page.data.map(
        (refund): ListedRefund => ({
          refundId: refund.id,
          status: refundStatusOf(refund),
          amount: refund.amount,
          reference: refund.metadata?.refundId,
        }),
      )
    },

    async ensureCustomer(customer) {
      if (customer.providerCustomerId) return customer.providerCustomerId
      const created = await call('create the customer', () =>
        stripe.customers.create(
          { email: customer.email, metadata: { userId: customer.userId } },
          { idempotencyKey: `customer:${customer.userId}` },
        ),
      )
      return created.id
    },
  }
}

/**
 * An amount as Stripe takes it: the currency's smallest unit, which is our minor unit for the four
 * currencies we sell in (cents, pence, and for a zero-decimal currency like JPY the whole yen —
 * Stripe's zero-decimal rule: ¥2,980 is `amount=2980`, never 298000). Anything that is not an
 * integer of minor units is a bug upstream: it throws rather than charge a rounded amount.
 */
export function stripeAmount(amount: number, currency: CurrencyCode): number {
  if (!isMinorUnits(amount))
    throw new Error(
      `a Stripe amount must be an integer of ${currency} minor units (${currencyDecimals(currency)} decimals), got ${amount}`,
    )
  return amount
}

/** Stripe's currency parameter: the ISO code in lower case (`jpy`). */
export function stripeCurrency(currency: CurrencyCode): string {
  return currency.toLowerCase()
}

function stripeRefundAmount(amount: number): number {
  if (!isMinorUnits(amount)) throw new Error(`a refund must be an integer of minor units, got ${amount}`)
  return amount
}

/** Stripe's intent states folded into ours (no manual capture or confirmation on the server here). */
export function paymentStatusOf(intent: Pick<Stripe.PaymentIntent, 'status' | 'last_payment_error'>): PaymentStatus {
  switch (intent.status) {
    case 'requires_payment_method':
      return intent.last_payment_error ? 'failed' : 'requires_payment_method'
    case 'requires_confirmation':
      return 'requires_payment_method'
    case 'requires_capture':
    case 'processing':
      return 'processing'
    case 'requires_action':
      return 'requires_action'
    case 'succeeded':
      return 'succeeded'
    case 'canceled':
      return 'canceled'
    default:
      // A status newer than this code: treat it as still open, the next event or sync tells more.
      return 'requires_payment_method'
  }
}

/** The intent's state as an outcome; a decline is `requires_payment_method` with a last_payment_error. */
export function outcomeOfIntent(intent: Pick<Stripe.PaymentIntent, 'status' | 'last_payment_error'>): PaymentOutcome {
  const status = paymentStatusOf(intent)
  if (status === 'failed') {
    const error = intent.last_payment_error
    return { status: 'failed', reason: error?.decline_code ?? error?.code ?? 'payment_failed' }
  }
  return { status }
}

function refundStatusOf(refund: Pick<Stripe.Refund, 'status'>): ProviderRefund['status'] {
  if (refund.status === 'succeeded') return 'succeeded'
  return refund.status === 'failed' || refund.status === 'canceled' ? 'failed' : 'pending'
}
