/**
 * The one way an order's status changes (DESIGN §4): checked against the shared transition table,
 * recorded in order_history, logged as `order.status_changed` and, where the shopper should hear of
 * it, announced by an email and a push in their outboxes — all in the caller's transaction.
 */
import { assertTransition, type OrderStatus } from '../../shared/orders/order-status.ts'
import { redeemUse, releaseUse } from '../discounts/discounts.repository.ts'
import { appendEvent } from '../events/event-log.repository.ts'
import type { Poke } from '../events/event-publisher.ts'
import type { Db } from '../platform/db.ts'
import { enqueueStatusPush } from '../push/push.repository.ts'
import { scheduleReviewRequest } from '../reviews/review-requests.ts'
import { lockShopper } from '../shopper/shopper.repository.ts'
import { enqueueStatusEmail } from './order-emails.ts'
import { type OrderPatch, type OrderRow, recordHistory, releaseStock, updateOrder } from './orders.repository.ts'

type StatusOf = Pick<OrderRow, 'id' | 'status' | 'shopperId'>

/** `order` must have been locked in this transaction (lockOrder). Returns the poke to publish after commit. */
export async function changeOrderStatus(
  tx: Db,
  order: StatusOf,
  to: OrderStatus,
  reason: string,
  patch: Omit<OrderPatch, 'status'> = {},
): Promise<Poke[]> {
  assertTransition(order.status, to)
  await updateOrder(tx, order.id, { ...patch, status: to })
  // The order's discount use (decision 0018): counted once paid, given back if it ends unpaid.
  if (to === 'paid') await redeemUse(tx, order.id)
  if (to === 'canceled') await releaseUse(tx, order.id)
  await recordHistory(tx, order.id, order.status, to, reason)
  await enqueueStatusEmail(tx, order.id, to)
  await enqueueStatusPush(tx, order.id, to)
  if (to === 'delivered') await scheduleReviewRequest(tx, order.id, patch.deliveredAt ?? new Date())
  return logOrderEvent(tx, order.shopperId, 'order.status_changed', order.id, to)
}

/**
 * A history row without a status change (from = to), e.g. a second partial refund: the history
 * shows every refund even when the status stays. Clients hear of it like of a status change.
 */
export async function recordOrderNote(tx: Db, order: StatusOf, reason: string): Promise<Poke[]> {
  await recordHistory(tx, order.id, order.status, order.status, reason)
  return logOrderEvent(tx, order.shopperId, 'order.status_changed', order.id, order.status)
}

/** Cancels an order that still holds stock and puts its lines back (reservation expired, intent canceled). */
export async function cancelReservedOrder(
  tx: Db,
  order: StatusOf & Pick<OrderRow, 'paymentIntentId' | 'paymentStatus'>,
  reason: string,
): Promise<Poke[]> {
  const pokes = await changeOrderStatus(tx, order, 'canceled', reason, {
    reservationExpiresAt: null,
    paymentStatus: order.paymentIntentId ? 'canceled' : order.paymentStatus,
  })
  await releaseStock(tx, order.id)
  return pokes
}

/** Appends an order event to the shopper's log (when the shopper still exists), under its lock. */
export async function logOrderEvent(
  tx: Db,
  shopperId: string | null,
  type: 'order.created' | 'order.status_changed' | 'order.tracking_updated',
  orderId: string,
  status: OrderStatus,
): Promise<Poke[]> {
  if (!shopperId) return []
  const { version } = await lockShopper(tx, shopperId)
  return [{ shopperId, eventId: await appendEvent(tx, shopperId, type, { version, orderId, status }) }]
}
