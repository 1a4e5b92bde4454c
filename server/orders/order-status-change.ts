/**
 * The one way an order's status changes (DESIGN §4): checked against the shared transition table,
 * recorded in order_history and logged as `order.status_changed`, all in the caller's transaction.
 */
import { assertTransition, type OrderStatus } from '../../shared/orders/order-status.ts'
import { appendEvent } from '../events/event-log.repository.ts'
import type { Poke } from '../events/event-publisher.ts'
import type { Db } from '../platform/db.ts'
import { lockShopper } from '../shopper/shopper.repository.ts'
import { type OrderPatch, type OrderRow, recordHistory, updateOrder } from './orders.repository.ts'

/** `order` must have been locked in this transaction (lockOrder). Returns the poke to publish after commit. */
export async function changeOrderStatus(
  tx: Db,
  order: Pick<OrderRow, 'id' | 'status' | 'shopperId'>,
  to: OrderStatus,
  reason: string,
  patch: Omit<OrderPatch, 'status'> = {},
): Promise<Poke[]> {
  assertTransition(order.status, to)
  await updateOrder(tx, order.id, { ...patch, status: to })
  await recordHistory(tx, order.id, order.status, to, reason)
  return logOrderEvent(tx, order.shopperId, 'order.status_changed', order.id, to)
}

/** Appends an order event to the shopper's log (when the shopper still exists), under its lock. */
export async function logOrderEvent(
  tx: Db,
  shopperId: string | null,
  type: 'order.created' | 'order.status_changed',
  orderId: string,
  status: OrderStatus,
): Promise<Poke[]> {
  if (!shopperId) return []
  const { version } = await lockShopper(tx, shopperId)
  return [{ shopperId, eventId: await appendEvent(tx, shopperId, type, { version, orderId, status }) }]
}
