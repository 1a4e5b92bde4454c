/** Which provider takes the payments: Stripe when configured (STRIPE_SECRET_KEY), else the built-in test provider. */
import type { Config } from '../env.ts'
import type { Db } from '../platform/db.ts'
import type { Logger } from '../platform/logger.ts'
import type { PaymentProvider } from './payment-provider.ts'
import { createStripeClient, createStripePaymentProvider } from './stripe-payment-provider.ts'
import { createTestPaymentProvider } from './test-payment-provider.ts'

export function paymentProviderOf(input: { config: Config; db: Db; logger: Logger }): PaymentProvider {
  const { stripe } = input.config
  return stripe
    ? createStripePaymentProvider(createStripeClient(stripe), input.logger)
    : createTestPaymentProvider(input.db)
}
