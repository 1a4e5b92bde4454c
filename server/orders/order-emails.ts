/**
 * Which order change the shopper hears of by email (DESIGN §4): enqueued in the transaction of the
 * change, so an email exists exactly when its change committed. Refunds are announced one by one
 * (refund-settlement.ts), since a second partial refund changes no status.
 */
import { describeOptions } from '../../shared/catalog/variant.ts'
import type { OrderStatus } from '../../shared/orders/order-status.ts'
import { enqueueEmail } from '../email/email-outbox.repository.ts'
import { emailLocaleOf } from '../email/templates/email-data.ts'
import type { Db } from '../platform/db.ts'
import { type OrderRow, readOrderRow, toOrders } from './orders.repository.ts'

type StatusTemplate = 'order_confirmation' | 'payment_failed' | 'order_shipped' | 'order_delivered'

const templateOfStatus: Partial<Record<OrderStatus, StatusTemplate>> = {
  paid: 'order_confirmation',
  payment_failed: 'payment_failed',
  shipped: 'order_shipped',
  delivered: 'order_delivered',
}

/** Call after the order row has its new status (and tracking) in `tx`. */
export async function enqueueStatusEmail(tx: Db, orderId: string, status: OrderStatus): Promise<void> {
  const template = templateOfStatus[status]
  if (!template) return
  const row = await readOrderRow(tx, orderId)
  if (!row) throw new Error(`order ${orderId} vanished`)
  const base = { dedupeKey: `order:${orderId}:${template}`, to: row.email, locale: emailLocaleOf(row.locale) }
  switch (template) {
    case 'order_confirmation':
      await enqueueEmail(tx, { ...base, template, data: await confirmationData(tx, row) })
      return
    case 'payment_failed':
      await enqueueEmail(tx, {
        ...base,
        template,
        data: { orderId, orderNumber: row.orderNumber, reason: row.paymentFailureReason ?? 'unknown' },
      })
      return
    case 'order_shipped':
      await enqueueEmail(tx, {
        ...base,
        template,
        data: { orderId, orderNumber: row.orderNumber, carrier: row.carrier, trackingNumber: row.trackingNumber },
      })
      return
    case 'order_delivered':
      await enqueueEmail(tx, { ...base, template, data: { orderId, orderNumber: row.orderNumber } })
      return
  }
}

/** One email per refund that succeeded; `order` is the row before this refund was added. */
export async function enqueueRefundEmail(
  tx: Db,
  order: OrderRow,
  refund: { readonly id: string; readonly amount: number },
): Promise<void> {
  await enqueueEmail(tx, {
    dedupeKey: `order:${order.id}:order_refunded:${refund.id}`,
    template: 'order_refunded',
    to: order.email,
    locale: emailLocaleOf(order.locale),
    data: {
      orderId: order.id,
      orderNumber: order.orderNumber,
      currency: order.currency,
      amount: refund.amount,
      refundedTotal: order.refundedTotal + refund.amount,
      total: order.grandTotal,
    },
  })
}

async function confirmationData(tx: Db, row: OrderRow) {
  const [order] = await toOrders(tx, [row])
  if (!order) throw new Error(`order ${row.id} could not be read`)
  return {
    orderId: order.id,
    orderNumber: order.number,
    currency: order.currency,
    total: order.totals.total,
    lines: order.lines.map((l) => ({
      name: l.name,
      options: describeOptions(l.options),
      quantity: l.quantity,
      lineTotal: l.lineTotal,
    })),
    breakdown: {
      items: order.totals.items,
      shipping: order.totals.shipping,
      tax: order.totals.tax,
      ...(order.taxMode === 'inclusive' ? { taxIncluded: true } : {}),
    },
    ...(order.discount && order.discount.amount > 0
      ? { discount: { code: order.discount.code, title: order.discount.title, amount: order.discount.amount } }
      : {}),
    shippingAddress: order.shippingAddress,
  }
}
