/**
 * Releases the stock of orders whose payment did not complete in time: claims a batch with
 * `FOR UPDATE SKIP LOCKED` (several instances share the job, none processes an order twice),
 * cancels it through the transition table and puts its lines back in stock. One order per
 * transaction, taking locks in checkout's order (shopper, then products by id) so the job and a
 * checkout can never deadlock. The payment intents are canceled after the commit (best effort: a
 * canceled order is never marked paid whatever the provider answers later).
 */

import { publishCatalogChanged } from '../events/catalog-changed.ts'
import { publishPokes } from '../events/event-publisher.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { type PollingJob, startPollingJob } from '../platform/polling-job.ts'
import { cancelReservedOrder } from './order-status-change.ts'
import { claimExpiredReservations } from './orders.repository.ts'

type Deps = Pick<AppDeps, 'db' | 'bus' | 'logger' | 'clock' | 'paymentProvider'>

const batchSize = 50

/** One pass: releases up to `limit` expired reservations; returns the ids of the orders canceled. */
export async function releaseExpiredReservations(deps: Deps, limit = batchSize): Promise<string[]> {
  const now = deps.clock()
  const canceled: string[] = []
  while (canceled.length < limit) {
    const order = await releaseOne(deps, now)
    if (!order) break
    canceled.push(order)
  }
  return canceled
}

async function releaseOne(deps: Deps, now: Date): Promise<string | undefined> {
  const result = await deps.db.transaction(async (tx) => {
    const [order] = await claimExpiredReservations(tx, now, 1)
    if (!order) return undefined
    return { order, pokes: await cancelReservedOrder(tx, order, 'reservation expired') }
  })
  if (!result) return undefined
  await publishPokes(deps, result.pokes)
  await publishCatalogChanged(deps)
  const { paymentIntentId } = result.order
  if (paymentIntentId)
    await deps.paymentProvider.cancel(paymentIntentId).catch((error: unknown) => {
      deps.logger.warn({ err: error, orderId: result.order.id }, 'could not cancel the payment intent')
    })
  return result.order.id
}

/** Runs the job every `intervalMs` until stopped (server/platform/polling-job.ts). */
export function startReservationExpiry(deps: Deps, intervalMs = 60_000): PollingJob {
  return startPollingJob({
    name: 'reservation expiry',
    intervalMs,
    logger: deps.logger,
    pass: async () => (await releaseExpiredReservations(deps)).length === batchSize,
  })
}
