/**
 * The admin's fulfilment actions (issue 6): fulfil, ship (carrier + tracking), update the tracking,
 * deliver, cancel. Each runs under the order's locks (shopper, then order: lockOrderWithShopper) and
 * changes the status through changeOrderStatus, so the transition table decides and every step is
 * in the history and the shopper's event log. A step the status does not allow is a 409
 * ORDER_ACTION_NOT_ALLOWED, never a partial change.
 *
 * Cancel releases the stock in the same transaction. A paid order's money is refunded after the
 * commit (the provider is a network call, never inside a transaction), in full, with the provider
 * key `cancel:<orderId>`: a repeated cancel of a canceled order that still owes its refund asks the
 * provider again and gets the same refund, recorded once by its provider refund id.
 */
import { ErrorCode } from '../../shared/errors.ts'
import type { Order } from '../../shared/orders/order.ts'
import type { OrderAction, OrderActionInput } from '../../shared/orders/order-action-schema.ts'
import { canTransition, type OrderStatus, reservingStatuses } from '../../shared/orders/order-status.ts'
import { publishCatalogChanged } from '../events/catalog-changed.ts'
import { type Poke, publishPokes } from '../events/event-publisher.ts'
import type { ProviderRefund } from '../payments/payment-provider.ts'
import type { AppDeps } from '../platform/app-env.ts'
import type { Db } from '../platform/db.ts'
import { AppError } from '../platform/http-errors.ts'
import { cancelReservedOrder, changeOrderStatus, logOrderEvent } from './order-status-change.ts'
import {
  lockOrderWithShopper,
  type OrderRow,
  readOrderRow,
  recordHistory,
  releaseStock,
  toOrders,
  updateOrder,
} from './orders.repository.ts'
import { recordExternalRefund } from './refund-settlement.ts'
import { pendingRefundTotal } from './refunds.repository.ts'

type Deps = Pick<AppDeps, 'db' | 'bus' | 'logger' | 'clock' | 'paymentProvider'>

type Tracking = { readonly carrier: string; readonly trackingNumber: string }

/** What a committed action leaves to do after the commit. */
type Applied = { readonly pokes: Poke[]; readonly followUp?: 'refund' | 'cancel_intent' }

export async function applyOrderAction(deps: Deps, orderId: string, input: OrderActionInput): Promise<Order> {
  const now = deps.clock()
  const applied = await deps.db.transaction(async (tx) => {
    const order = await lockOrderWithShopper(tx, orderId)
    if (!order) throw new AppError(ErrorCode.NotFound, `No order ${orderId}.`)
    return applyLocked(tx, order, input, now)
  })
  await publishPokes(deps, applied.pokes)
  if (input.action === 'cancel') await publishCatalogChanged(deps)
  if (applied.followUp === 'refund') await refundCanceledOrder(deps, orderId)
  if (applied.followUp === 'cancel_intent') await cancelPaymentIntent(deps, orderId)
  return readOrder(deps.db, orderId)
}

function applyLocked(tx: Db, order: OrderRow, input: OrderActionInput, now: Date): Promise<Applied> {
  switch (input.action) {
    case 'fulfil':
      return moveTo(tx, order, input.action, 'fulfilling', 'fulfilment started')
    case 'ship':
      // Shipping again replaces the tracking: the admin corrects a number or sends a new parcel.
      if (order.status === 'shipped') return updateTracking(tx, order, input)
      return moveTo(tx, order, input.action, 'shipped', `shipped with ${trackingText(input)}`, {
        carrier: input.carrier,
        trackingNumber: input.trackingNumber,
        shippedAt: now,
      })
    case 'update_tracking':
      if (order.status !== 'shipped') throw notAllowed(order, input.action)
      return updateTracking(tx, order, input)
    case 'deliver':
      return moveTo(tx, order, input.action, 'delivered', 'delivered', { deliveredAt: now })
    case 'cancel':
      return cancel(tx, order)
  }
}

async function moveTo(
  tx: Db,
  order: OrderRow,
  action: OrderAction,
  to: OrderStatus,
  reason: string,
  patch: Parameters<typeof changeOrderStatus>[4] = {},
): Promise<Applied> {
  if (!canTransition(order.status, to)) throw notAllowed(order, action)
  return { pokes: await changeOrderStatus(tx, order, to, reason, patch) }
}

/** New carrier or number for a shipped order: a history note and `order.tracking_updated`. */
async function updateTracking(tx: Db, order: OrderRow, tracking: Tracking): Promise<Applied> {
  await updateOrder(tx, order.id, { carrier: tracking.carrier, trackingNumber: tracking.trackingNumber })
  await recordHistory(tx, order.id, order.status, order.status, `tracking changed to ${trackingText(tracking)}`)
  return { pokes: await logOrderEvent(tx, order.shopperId, 'order.tracking_updated', order.id, order.status) }
}

async function cancel(tx: Db, order: OrderRow): Promise<Applied> {
  if (order.status === 'canceled' && owesRefund(order)) return { pokes: [], followUp: 'refund' }
  if (!canTransition(order.status, 'canceled')) throw notAllowed(order, 'cancel')
  if ((reservingStatuses as readonly OrderStatus[]).includes(order.status)) {
    const pokes = await cancelReservedOrder(tx, order, 'canceled by the shop')
    return { pokes, followUp: order.paymentIntentId ? 'cancel_intent' : undefined }
  }
  const pokes = await changeOrderStatus(tx, order, 'canceled', 'canceled by the shop')
  await releaseStock(tx, order.id)
  return { pokes, followUp: owesRefund(order) ? 'refund' : undefined }
}

/** Money was taken and not all of it returned. */
function owesRefund(order: OrderRow): boolean {
  return order.paymentStatus === 'succeeded' && order.paymentIntentId !== null && order.refundedTotal < order.grandTotal
}

/**
 * Refunds what is left of a canceled order's payment (minus refunds still pending, which settle on
 * their own). A provider failure answers 502; the order stays canceled and a repeated cancel retries.
 */
async function refundCanceledOrder(deps: Deps, orderId: string): Promise<void> {
  const row = await readOrderRow(deps.db, orderId)
  if (!row?.paymentIntentId) throw new Error(`order ${orderId} has no payment to refund`)
  const amount = row.grandTotal - row.refundedTotal - (await pendingRefundTotal(deps.db, orderId))
  if (amount <= 0) return
  let provided: ProviderRefund
  try {
    provided = await deps.paymentProvider.refund(row.paymentIntentId, amount, `cancel:${orderId}`)
  } catch (error) {
    deps.logger.error({ err: error, orderId }, 'the provider refused the refund of a canceled order')
    throw new AppError(ErrorCode.PaymentProviderFailed, 'The order is canceled, but its payment was not refunded.')
  }
  const pokes = await deps.db.transaction(async (tx) => {
    const order = await lockOrderWithShopper(tx, orderId)
    if (!order) throw new Error(`order ${orderId} vanished`)
    return recordExternalRefund(tx, order, { ...provided, amount }, 'order canceled by the shop')
  })
  await publishPokes(deps, pokes)
}

/** Best effort, as the reservation expiry does: a canceled order is never marked paid anyway. */
async function cancelPaymentIntent(deps: Deps, orderId: string): Promise<void> {
  const row = await readOrderRow(deps.db, orderId)
  if (!row?.paymentIntentId) return
  await deps.paymentProvider.cancel(row.paymentIntentId).catch((error: unknown) => {
    deps.logger.warn({ err: error, orderId }, 'could not cancel the payment intent')
  })
}

function notAllowed(order: OrderRow, action: OrderAction): AppError {
  return new AppError(ErrorCode.OrderActionNotAllowed, `An order that is ${order.status} cannot ${action}.`)
}

/** "DHL JD0001": for history reasons, read by people in the admin. */
function trackingText(tracking: Tracking): string {
  return `${tracking.carrier} ${tracking.trackingNumber}`
}

async function readOrder(db: Db, orderId: string): Promise<Order> {
  const row = await readOrderRow(db, orderId)
  if (!row) throw new AppError(ErrorCode.NotFound, `No order ${orderId}.`)
  const [order] = await toOrders(db, [row])
  if (!order) throw new Error(`order ${orderId} could not be read`)
  return order
}
