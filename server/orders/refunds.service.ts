/**
 * Refunds (DESIGN §4): an admin's full or partial refund, and the automatic full refund of a charge
 * that succeeded on an order canceled meanwhile. The provider is called outside any transaction:
 * first a `pending` row is written under the order's lock (the checks against what is left see the
 * other pending refunds), then the provider refunds with an idempotency key derived from that row,
 * then a second transaction settles the row and the order (refund-settlement.ts).
 */
import { ErrorCode } from '../../shared/errors.ts'
import type { Order } from '../../shared/orders/order.ts'
import type { OrderStatus } from '../../shared/orders/order-status.ts'
import type { RefundInput } from '../../shared/orders/refund-schema.ts'
import { type Poke, publishPokes } from '../events/event-publisher.ts'
import type { ProviderRefund } from '../payments/payment-provider.ts'
import type { AppDeps } from '../platform/app-env.ts'
import type { Db } from '../platform/db.ts'
import { AppError } from '../platform/http-errors.ts'
import { lockOrderWithShopper, type OrderRow, readOrderRow, toOrders } from './orders.repository.ts'
import { recordExternalRefund, settleProviderRefund } from './refund-settlement.ts'
import {
  findRefundByKey,
  insertRefund,
  pendingRefundTotal,
  type RefundRow,
  settleRefund,
} from './refunds.repository.ts'

type Deps = Pick<AppDeps, 'db' | 'bus' | 'logger' | 'paymentProvider'>

/** Paid and later: money was taken and not all of it returned. */
const refundableStatuses: readonly OrderStatus[] = ['paid', 'fulfilling', 'shipped', 'delivered', 'partially_refunded']

export type RefundResult = { readonly order: Order; readonly created: boolean }

/** `created` is false for a repeat of the idempotency key: the order is answered as it is. */
export async function refundOrder(
  deps: Deps,
  admin: { readonly userId: string },
  orderId: string,
  input: RefundInput,
  idempotencyKey: string,
): Promise<RefundResult> {
  const claimed = await deps.db.transaction((tx) => claimRefund(tx, admin, orderId, input, idempotencyKey))
  if (!claimed) return { order: await readOrder(deps.db, orderId), created: false }
  const { refund, intentId } = claimed
  const provided = await callProvider(deps, refund, () =>
    deps.paymentProvider.refund(intentId, refund.amount, `refund:${refund.id}`, refund.id),
  )
  const pokes = await deps.db.transaction(async (tx) => {
    const order = await lockOrderWithShopper(tx, orderId)
    if (!order) throw new Error(`order ${orderId} vanished`)
    return settleProviderRefund(tx, order, refund, provided)
  })
  await publishPokes(deps, pokes)
  if (provided.status === 'failed')
    throw new AppError(ErrorCode.PaymentProviderFailed, 'The payment provider refused the refund.')
  return { order: await readOrder(deps.db, orderId), created: true }
}

/** Transaction 1: the checks and the `pending` row; undefined when the key was seen before. */
async function claimRefund(
  tx: Db,
  admin: { readonly userId: string },
  orderId: string,
  input: RefundInput,
  idempotencyKey: string,
): Promise<{ refund: RefundRow; intentId: string } | undefined> {
  const order = await lockOrderWithShopper(tx, orderId)
  if (!order) throw new AppError(ErrorCode.NotFound, `No order ${orderId}.`)
  // After the lock, so a concurrent repeat of the key waits and then finds the first request's row.
  const earlier = await findRefundByKey(tx, idempotencyKey)
  if (earlier) {
    if (earlier.orderId !== orderId || earlier.amount !== input.amount)
      throw new AppError(ErrorCode.IdempotencyKeyReused, 'This idempotency key was used for another refund.')
    return undefined
  }
  if (!refundableStatuses.includes(order.status) || !order.paymentIntentId)
    throw new AppError(ErrorCode.OrderNotRefundable, `The order is ${order.status} and cannot be refunded.`)
  const remaining = order.grandTotal - order.refundedTotal - (await pendingRefundTotal(tx, orderId))
  if (input.amount > remaining)
    throw new AppError(ErrorCode.RefundExceedsRemaining, `At most ${remaining} (minor units) is left to refund.`, [
      { path: 'json.amount', message: `must be at most ${remaining}` },
    ])
  const refund = await insertRefund(tx, {
    orderId,
    amount: input.amount,
    currency: order.currency,
    status: 'pending',
    reason: input.reason ?? null,
    idempotencyKey,
    providerRefundId: null,
    createdBy: admin.userId,
  })
  if (!refund) throw new Error(`refund row for key ${idempotencyKey} was not inserted`)
  return { refund, intentId: order.paymentIntentId }
}

/** A provider error marks the row failed and answers 502 (a new request with a new key may retry). */
async function callProvider(
  deps: Deps,
  refund: RefundRow,
  work: () => Promise<ProviderRefund>,
): Promise<ProviderRefund> {
  try {
    return await work()
  } catch (error) {
    await settleRefund(deps.db, refund.id, 'failed', null)
    if (error instanceof AppError) throw error
    deps.logger.error({ err: error, orderId: refund.orderId, refundId: refund.id }, 'the provider refused a refund')
    throw new AppError(ErrorCode.PaymentProviderFailed, 'The payment provider could not refund the payment.')
  }
}

/**
 * A charge that succeeded after its order was canceled (the reservation expired while the shopper
 * paid) is refunded in full, automatically: the key `auto-refund:<orderId>` makes every report of
 * that charge (sync, webhook, redelivery) ask the provider for the same refund, and the row is
 * recorded once by its provider refund id. `inSameTransaction` lets a webhook mark its event
 * processed together with the refund's record.
 */
export async function autoRefundCanceledOrder(
  deps: Deps,
  orderId: string,
  inSameTransaction: (tx: Db) => Promise<unknown> = async () => {},
): Promise<void> {
  const row = await readOrderRow(deps.db, orderId)
  if (!row?.paymentIntentId) throw new Error(`order ${orderId} has no payment to refund`)
  const { paymentIntentId } = row
  const amount = row.grandTotal - row.refundedTotal
  const provided =
    amount > 0 ? await deps.paymentProvider.refund(paymentIntentId, amount, `auto-refund:${orderId}`) : undefined
  const pokes = await deps.db.transaction(async (tx): Promise<Poke[]> => {
    const order = await lockOrderWithShopper(tx, orderId)
    if (!order) throw new Error(`order ${orderId} vanished`)
    await inSameTransaction(tx)
    if (!provided) return []
    return recordExternalRefund(tx, order, { ...provided, amount }, 'automatic: paid after the order was canceled')
  })
  await publishPokes(deps, pokes)
  deps.logger.warn({ orderId, intentId: paymentIntentId, amount }, 'charge of a canceled order refunded automatically')
}

async function readOrder(db: Db, orderId: string): Promise<Order> {
  const row: OrderRow | undefined = await readOrderRow(db, orderId)
  if (!row) throw new AppError(ErrorCode.NotFound, `No order ${orderId}.`)
  const [order] = await toOrders(db, [row])
  if (!order) throw new Error(`order ${orderId} could not be read`)
  return order
}
