/**
 * A refund the provider made, applied to the order inside the caller's transaction (order locked):
 * the refunds row settles, `refunded_total` grows and the status follows — `refunded` once nothing
 * is left, else `partially_refunded`. Where the transition table has no such step (a partial refund
 * of an order being fulfilled or shipped, a second partial refund, the automatic refund of a
 * canceled order) the status stays and a history note records the refund, so history shows each
 * one. Settling only a `pending` (or `failed`) row makes every path idempotent: the admin's request,
 * the automatic refund and charge.refunded may all report the same refund.
 */

import { type CurrencyCode, toDecimalString } from '../../shared/money.ts'
import { canTransition } from '../../shared/orders/order-status.ts'
import { recordOrderRefunded } from '../analytics/analytics.service.ts'
import type { Poke } from '../events/event-publisher.ts'
import type { ListedRefund, ProviderRefund } from '../payments/payment-provider.ts'
import type { Db } from '../platform/db.ts'
import { enqueueRefundEmail } from './order-emails.ts'
import { changeOrderStatus, recordOrderNote } from './order-status-change.ts'
import { lockOrder, type OrderRow, updateOrder } from './orders.repository.ts'
import {
  findRefundOfProvider,
  insertRefund,
  type RefundRow,
  setProviderRefundId,
  settleRefund,
} from './refunds.repository.ts'

/** Applies the provider's answer for our refunds row. */
export async function settleProviderRefund(
  tx: Db,
  order: OrderRow,
  row: RefundRow,
  provided: ProviderRefund,
): Promise<Poke[]> {
  if (provided.status === 'pending') {
    if (!row.providerRefundId) await setProviderRefundId(tx, row.id, provided.refundId)
    return []
  }
  if (provided.status === 'failed') {
    await settleRefund(tx, row.id, 'failed', provided.refundId)
    return []
  }
  if (!(await settleRefund(tx, row.id, 'succeeded', provided.refundId))) return []
  return recordRefundOnOrder(tx, order, row, row.reason)
}

/** A refund made without a row of ours (Stripe's dashboard, the automatic refund): inserted once. */
export async function recordExternalRefund(
  tx: Db,
  order: OrderRow,
  provided: Pick<ListedRefund, 'refundId' | 'status' | 'amount'>,
  reason: string,
): Promise<Poke[]> {
  const row = await insertRefund(tx, {
    orderId: order.id,
    amount: provided.amount,
    currency: order.currency,
    status: provided.status,
    reason,
    idempotencyKey: null,
    providerRefundId: provided.refundId,
    createdBy: null,
  })
  if (row?.status !== 'succeeded') return []
  return recordRefundOnOrder(tx, order, row, reason)
}

/** charge.refunded: every refund the provider lists, matched to ours by provider id or reference. */
export async function reconcileRefunds(tx: Db, orderId: string, listed: readonly ListedRefund[]): Promise<Poke[]> {
  const pokes: Poke[] = []
  for (const provided of listed) {
    // Re-read under the lock we hold: each applied refund changed the totals.
    const order = await lockOrder(tx, orderId)
    if (!order) throw new Error(`order ${orderId} vanished`)
    const ours = await findRefundOfProvider(tx, orderId, provided)
    if (ours) pokes.push(...(await settleProviderRefund(tx, order, ours, provided)))
    else if (provided.status === 'succeeded')
      pokes.push(...(await recordExternalRefund(tx, order, provided, 'refunded at the payment provider')))
  }
  return pokes
}

/** Also enqueues the shopper's refund email, once per refund. */
async function recordRefundOnOrder(
  tx: Db,
  order: OrderRow,
  refund: Pick<RefundRow, 'id' | 'amount'>,
  why: string | null,
): Promise<Poke[]> {
  const { amount } = refund
  await enqueueRefundEmail(tx, order, refund)
  // Order Refunded is the server's to record (issue 17 §2): once per refund, in this transaction.
  await recordOrderRefunded(tx, order, refund)
  const refundedTotal = order.refundedTotal + amount
  const reason = `refund ${formatAmount(amount, order.currency)}${why ? ` (${why})` : ''}`
  const target = refundedTotal >= order.grandTotal ? 'refunded' : 'partially_refunded'
  if (canTransition(order.status, target)) return changeOrderStatus(tx, order, target, reason, { refundedTotal })
  await updateOrder(tx, order.id, { refundedTotal })
  return recordOrderNote(tx, order, reason)
}

/** "12.34 EUR": for history reasons, read by people in the admin, not a localized price. */
function formatAmount(amount: number, currency: CurrencyCode): string {
  return `${toDecimalString(amount, currency)} ${currency}`
}
