/**
 * A worker process for payment-reconciliation.job.db.test.ts: pays one order with the test card
 * through the real payOrder, on the test's Postgres schema, and stops between the two steps. Once
 * the provider has charged, it prints `charged` and never returns from the confirmation, so the
 * order is not updated; the test then kills it with SIGKILL, as a crash would.
 * Usage: tsx pay-then-hang.ts '{"url":…,"schema":…,"orderId":…,"shopperId":…}'
 */

import { createMetrics } from '../observability/metrics.ts'
import { payOrder } from '../orders/orders.service.ts'
import type { PaymentProvider } from '../payments/payment-provider.ts'
import { createTestPaymentProvider, testCards } from '../payments/test-payment-provider.ts'
import { createInProcessBus } from '../platform/bus.ts'
import { openDatabase } from '../platform/db.ts'
import { createLogger } from '../platform/logger.ts'

type Args = { url: string; schema: string; orderId: string; shopperId: string }

const args = JSON.parse(process.argv[2] ?? '{}') as Args
const database = await openDatabase({ url: args.url, schema: args.schema, pgliteDir: undefined })
const provider = createTestPaymentProvider(database.db)
const confirmation = provider.serverConfirmation
if (!confirmation) throw new Error('the test provider confirms on the server')

const hanging: PaymentProvider = {
  ...provider,
  serverConfirmation: {
    ...confirmation,
    async confirm(intentId, card) {
      await confirmation.confirm(intentId, card)
      process.stdout.write('charged\n')
      return new Promise(() => {}) // step two never comes: the process is killed here
    },
  },
}

await payOrder(
  {
    db: database.db,
    bus: createInProcessBus(),
    logger: createLogger('silent'),
    clock: () => new Date(),
    paymentProvider: hanging,
    metrics: createMetrics(),
  },
  { shopperId: args.shopperId, user: null },
  args.orderId,
  { cardNumber: testCards.succeeds, expiry: '12/34', cvc: '123' },
)
