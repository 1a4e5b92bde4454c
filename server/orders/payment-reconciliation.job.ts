/**
 * Payment reconciliation (issue 18): the provider records a charge before our transaction marks the
 * order paid, so a crash between the two (a killed process, a lost connection) leaves a charged
 * order still `pending_payment`, whose reservation would then expire and cancel it. This job asks
 * the provider for the state of every payment still in flight and applies it through the one set of
 * rules (payment-outcome.ts), exactly as `payment/sync` or a webhook would: a succeeded intent makes
 * the order paid; on an order canceled meanwhile, the charge is refunded in full.
 *
 * It runs on every instance, every PAYMENT_RECONCILE_SECONDS and once right at start
 * (the restart after a crash). Orders are claimed with SKIP LOCKED, so instances share a batch; the
 * provider is called outside any transaction, and should two instances read the same intent, the
 * second application changes nothing (the rules only move forward, under the order's lock).
 * The reservation expiry job settles an expired order with the provider the same way before it
 * cancels one (reservation-expiry.job.ts).
 */
import type { AppDeps } from '../platform/app-env.ts'
import { type PollingJob, startPollingJob } from '../platform/polling-job.ts'
import { claimPaymentsInFlight } from './orders.repository.ts'
import { applyOutcome } from './orders.service.ts'

type Deps = Pick<AppDeps, 'db' | 'bus' | 'logger' | 'clock' | 'paymentProvider' | 'metrics'>

export type ReconciliationConfig = {
  readonly intervalMs: number
  /** Orders changed more recently are left alone: their shopper is likely paying right now. */
  readonly graceMs: number
}

const batchSize = 50

export type ReconciliationPass = {
  /** Orders whose intent was read from the provider and its state applied. */
  readonly checked: number
  /** Orders whose provider could not be asked this time (tried again next pass). */
  readonly failed: number
}

/** One pass over up to `limit` orders with a payment in flight, unchanged for `graceMs`. */
export async function reconcilePayments(deps: Deps, graceMs: number, limit = batchSize): Promise<ReconciliationPass> {
  const before = new Date(deps.clock().getTime() - graceMs)
  const seen: string[] = []
  let failed = 0
  while (seen.length < limit) {
    const [order] = await deps.db.transaction((tx) => claimPaymentsInFlight(tx, before, 1, seen))
    if (!order) break
    seen.push(order.id)
    try {
      const outcome = await deps.paymentProvider.retrieve(order.paymentIntentId)
      await applyOutcome(deps, order.id, outcome, { intentId: order.paymentIntentId, cardLast4: null })
      if (outcome.status === 'succeeded')
        deps.logger.info({ orderId: order.id, intentId: order.paymentIntentId }, 'payment reconciled: succeeded')
    } catch (error) {
      failed++
      deps.logger.warn({ err: error, orderId: order.id }, 'could not reconcile the payment')
    }
  }
  return { checked: seen.length - failed, failed }
}

/** Runs a pass at once (crash recovery), then every `intervalMs` until stopped. */
export function startPaymentReconciliation(deps: Deps, config: ReconciliationConfig): PollingJob {
  return startPollingJob({
    name: 'payment reconciliation',
    intervalMs: config.intervalMs,
    initialDelayMs: 0,
    logger: deps.logger,
    pass: async () => {
      const pass = await reconcilePayments(deps, config.graceMs)
      // A full batch read without failure: there may be more now. Failures wait for the next interval.
      return pass.failed === 0 && pass.checked === batchSize
    },
  })
}
