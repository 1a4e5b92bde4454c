/**
 * Releases the stock of orders whose payment did not complete in time: claims a batch with
 * `FOR UPDATE SKIP LOCKED` (several instances share the job, none cancels an order twice; two may
 * ask the provider about the same intent, and the second then finds the order settled),
 * cancels it through the transition table and puts its lines back in stock. One order per
 * transaction, taking locks in checkout's order (shopper, then products by id) so the job and a
 * checkout can never deadlock.
 *
 * An order with a payment intent is settled with the provider first (issue 18): the charge may have
 * succeeded while our update of the order was lost (a crash between the two steps). The intent is
 * canceled at the provider, which refuses once it succeeded, then read back outside any
 * transaction; a succeeded intent makes the order paid instead of canceled. When the provider cannot
 * be asked, or the payment is still processing, the order keeps its stock until the next pass, and
 * after `undecidedGraceMs` past its expiry it is canceled anyway (a later success is then refunded
 * in full by the payment-outcome rules).
 */

import { reservingStatuses } from '../../shared/orders/order-status.ts'
import { publishCatalogChanged } from '../events/catalog-changed.ts'
import { type Poke, publishPokes } from '../events/event-publisher.ts'
import type { PaymentOutcome } from '../payments/payment-provider.ts'
import type { AppDeps } from '../platform/app-env.ts'
import type { Db } from '../platform/db.ts'
import { type PollingJob, startPollingJob } from '../platform/polling-job.ts'
import { cancelReservedOrder } from './order-status-change.ts'
import { claimExpiredReservations, lockOrderWithShopper, type OrderRow } from './orders.repository.ts'
import { applyPaymentOutcome } from './payment-outcome.ts'

type Deps = Pick<AppDeps, 'db' | 'bus' | 'logger' | 'clock' | 'paymentProvider'> & Partial<Pick<AppDeps, 'metrics'>>

const batchSize = 50
/** How long past its expiry an order whose payment cannot be settled keeps its stock. */
export const undecidedGraceMs = 60 * 60_000

type Settled = 'canceled' | 'paid' | 'kept'

/** One pass: releases up to `limit` expired reservations; returns the ids of the orders canceled. */
export async function releaseExpiredReservations(deps: Deps, limit = batchSize): Promise<string[]> {
  return (await expiryPass(deps, limit)).canceled
}

/** `full`: a whole batch settled, there may be more now (kept orders wait for the next interval). */
async function expiryPass(deps: Deps, limit: number): Promise<{ canceled: string[]; full: boolean }> {
  const now = deps.clock()
  const canceled: string[] = []
  const seen: string[] = []
  let kept = 0
  while (seen.length < limit) {
    const claimed = await releaseOne(deps, now, seen)
    if (!claimed) break
    seen.push(claimed.orderId)
    if (claimed.settled === 'canceled') canceled.push(claimed.orderId)
    if (claimed.settled === 'kept') kept++
  }
  return { canceled, full: seen.length === limit && kept === 0 }
}

async function releaseOne(deps: Deps, now: Date, seen: readonly string[]) {
  const claimed = await deps.db.transaction(async (tx) => {
    const [order] = await claimExpiredReservations(tx, now, 1, seen)
    if (!order) return undefined
    // With an intent, the provider is asked first (outside this transaction).
    if (order.paymentIntentId) return { order, pokes: undefined }
    return { order, pokes: await cancelReservedOrder(tx, order, 'reservation expired') }
  })
  if (!claimed) return undefined
  const { order } = claimed
  if (claimed.pokes) {
    await publishPokes(deps, claimed.pokes)
    await publishCatalogChanged(deps)
    return { orderId: order.id, settled: 'canceled' as Settled }
  }
  return { orderId: order.id, settled: await settleWithProvider(deps, now, order) }
}

/** The expired order with an intent: cancel the intent, read it back, then pay or cancel the order. */
async function settleWithProvider(deps: Deps, now: Date, claimed: OrderRow): Promise<Settled> {
  const intentId = claimed.paymentIntentId
  if (!intentId) throw new Error(`order ${claimed.id} has no intent`)
  // Canceled, the intent can no longer be charged; one that succeeded meanwhile refuses (Stripe) or stays.
  await deps.paymentProvider.cancel(intentId).catch((error: unknown) => {
    deps.logger.info({ err: error, orderId: claimed.id }, 'the payment intent was not canceled')
  })
  const outcome = await deps.paymentProvider.retrieve(intentId).catch((error: unknown): undefined => {
    deps.logger.warn({ err: error, orderId: claimed.id }, 'could not read the payment intent of an expired order')
    return undefined
  })
  const undecided = !outcome || outcome.status === 'processing'
  const expiredAt = claimed.reservationExpiresAt?.getTime() ?? now.getTime()
  if (undecided && now.getTime() - expiredAt < undecidedGraceMs) {
    deps.logger.warn({ orderId: claimed.id, outcome }, 'expired order kept: its payment is not settled yet')
    return 'kept'
  }
  const result = await deps.db.transaction(async (tx) => {
    const order = await lockOrderWithShopper(tx, claimed.id)
    // Another instance settled it meanwhile (or the shopper's payment did).
    if (!order || order.paymentIntentId !== intentId || !isStillExpired(order, now)) return undefined
    if (outcome?.status === 'succeeded') return settledPaid(tx, deps, order, outcome, intentId)
    return { settled: 'canceled' as const, pokes: await cancelReservedOrder(tx, order, 'reservation expired') }
  })
  if (!result) return 'kept'
  await publishPokes(deps, result.pokes)
  if (result.settled === 'canceled') await publishCatalogChanged(deps)
  else {
    deps.metrics?.business.paymentApplied(result)
    deps.logger.warn({ orderId: claimed.id, intentId }, 'expired order was charged: marked paid, not canceled')
  }
  return result.settled
}

async function settledPaid(
  tx: Db,
  deps: Deps,
  order: OrderRow,
  outcome: PaymentOutcome,
  intentId: string,
): Promise<{ settled: 'paid'; pokes: Poke[]; paid?: { currency: string; amount: number } }> {
  const applied = await applyPaymentOutcome(tx, deps, order, outcome, { intentId, cardLast4: null })
  return { settled: 'paid', pokes: applied.pokes, ...(applied.paid ? { paid: applied.paid } : {}) }
}

function isStillExpired(order: OrderRow, now: Date): boolean {
  return (
    (reservingStatuses as readonly string[]).includes(order.status) &&
    order.reservationExpiresAt !== null &&
    order.reservationExpiresAt <= now
  )
}

/** Runs the job every `intervalMs` until stopped (server/platform/polling-job.ts). */
export function startReservationExpiry(deps: Deps, intervalMs = 60_000): PollingJob {
  return startPollingJob({
    name: 'reservation expiry',
    intervalMs,
    logger: deps.logger,
    pass: async () => (await expiryPass(deps, batchSize)).full,
  })
}
