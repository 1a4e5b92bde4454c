/**
 * Applying a payment outcome to an order: the one code path for the pay and authenticate routes,
 * `payment/sync` and Stripe's webhooks, inside the caller's transaction, under the order's lock.
 *
 * Outcomes arrive late, twice and out of order (a webhook after the sync that already applied it, a
 * `payment_failed` for an earlier attempt after `succeeded`), so the rules only ever move forward:
 * - once the payment succeeded, no later outcome changes the order (it stays paid);
 * - a non-success outcome applies only while the order still holds its reservation;
 * - `succeeded` for an order canceled meanwhile (its reservation expired) cannot make it paid: the
 *   caller refunds the charge in full after commit (`autoRefund`), see refunds.service.ts.
 */
import { canTransition, reservingStatuses } from '../../shared/orders/order-status.ts'
import { recordOrderCompleted } from '../analytics/analytics.service.ts'
import type { Poke } from '../events/event-publisher.ts'
import type { PaymentOutcome } from '../payments/payment-provider.ts'
import type { AppDeps } from '../platform/app-env.ts'
import type { Db } from '../platform/db.ts'
import { cancelReservedOrder, changeOrderStatus } from './order-status-change.ts'
import { type OrderRow, recordPaymentAttempt, updateOrder } from './orders.repository.ts'

export type AppliedOutcome = {
  readonly pokes: Poke[]
  /** The charge succeeded on an order that can no longer be paid: refund it after commit. */
  readonly autoRefund: boolean
  /** For the business metrics, counted after commit: the order became paid, or a decline was applied. */
  readonly paid?: { readonly currency: string; readonly amount: number }
  readonly declined?: boolean
  /** The order was canceled and its reserved stock returned: shoppers' catalogs are poked after commit. */
  readonly stockReleased?: boolean
}

export type OutcomeSource = { readonly intentId: string; readonly cardLast4: string | null }

const nothing: AppliedOutcome = { pokes: [], autoRefund: false }

/** `order` must be locked in `tx` (lockOrderWithShopper). */
export async function applyPaymentOutcome(
  tx: Db,
  deps: Pick<AppDeps, 'logger' | 'clock'>,
  order: OrderRow,
  outcome: PaymentOutcome,
  source: OutcomeSource,
): Promise<AppliedOutcome> {
  if (order.paymentIntentId !== source.intentId) {
    deps.logger.warn({ orderId: order.id, intentId: source.intentId }, 'payment outcome for another intent ignored')
    return nothing
  }
  // Already counted: a redelivery, or a stale outcome of an earlier attempt.
  if (order.paymentStatus === 'succeeded' || outcome.status === 'requires_payment_method') return nothing
  if (outcome.status === 'succeeded') return applySuccess(tx, deps, order, source)
  if (!(reservingStatuses as readonly string[]).includes(order.status) || isRepeat(order, outcome, source))
    return nothing
  await recordAttempt(tx, order, outcome, source)
  switch (outcome.status) {
    case 'requires_action':
    case 'processing':
      await updateOrder(tx, order.id, { paymentStatus: outcome.status })
      return nothing
    case 'canceled':
      return { pokes: await cancelReservedOrder(tx, order, 'payment canceled'), autoRefund: false, stockReleased: true }
    case 'failed':
      return { pokes: await applyFailure(tx, order, outcome.reason), autoRefund: false, declined: true }
  }
}

async function applySuccess(
  tx: Db,
  deps: Pick<AppDeps, 'logger' | 'clock'>,
  order: OrderRow,
  source: OutcomeSource,
): Promise<AppliedOutcome> {
  await recordAttempt(tx, order, { status: 'succeeded' }, source)
  if (!canTransition(order.status, 'paid')) {
    deps.logger.error(
      { orderId: order.id, intentId: source.intentId, status: order.status },
      'payment succeeded for an order that cannot be paid: refunding it in full',
    )
    return { pokes: [], autoRefund: true }
  }
  const pokes = await changeOrderStatus(tx, order, 'paid', 'payment succeeded', {
    paymentStatus: 'succeeded',
    paymentFailureReason: null,
    reservationExpiresAt: null,
  })
  // Order Completed is the server's to record (issue 17 §2): here, once, in the same transaction.
  await recordOrderCompleted(tx, deps, order)
  return { pokes, autoRefund: false, paid: { currency: order.currency, amount: order.grandTotal } }
}

/** A second decline keeps payment_failed: no transition, only the new reason (and the attempt row). */
async function applyFailure(tx: Db, order: OrderRow, reason: string): Promise<Poke[]> {
  const patch = { paymentStatus: 'failed', paymentFailureReason: reason } as const
  if (order.status === 'payment_failed') {
    await updateOrder(tx, order.id, patch)
    return []
  }
  return changeOrderStatus(tx, order, 'payment_failed', `payment failed: ${reason}`, patch)
}

/**
 * The state the order already shows, reported again by a sync or webhook (no card of this attempt):
 * nothing to record. A card route's report is a new attempt even with the same outcome.
 */
function isRepeat(order: OrderRow, outcome: PaymentOutcome, source: OutcomeSource): boolean {
  if (source.cardLast4 !== null) return false
  if (outcome.status === 'failed')
    return order.paymentStatus === 'failed' && order.paymentFailureReason === outcome.reason
  return order.paymentStatus === outcome.status
}

async function recordAttempt(tx: Db, order: OrderRow, outcome: PaymentOutcome, source: OutcomeSource) {
  await recordPaymentAttempt(tx, {
    orderId: order.id,
    intentId: source.intentId,
    status: outcome.status === 'requires_payment_method' ? 'failed' : outcome.status,
    failureReason: outcome.status === 'failed' ? outcome.reason : null,
    cardLast4: source.cardLast4,
  })
}
