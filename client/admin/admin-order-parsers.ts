/**
 * Shape checks of `GET /api/admin/orders` and `GET /api/admin/orders/:id`. Like the other parse-*
 * modules the client ships no zod: the order itself is checked by the shoppers' order parser, the
 * admin's extra fields here; anything else throws.
 */
import { currencyCodes } from '../../shared/money.ts'
import type { AdminOrder, AdminOrderPage, AdminOrderSummary, PaymentAttempt } from '../../shared/orders/admin-order.ts'
import { isOrderStatus } from '../../shared/orders/order-status.ts'
import { isAmount, isPaymentStatus, isRecord, parseOrder } from '../orders/parse-order.ts'

export function parseAdminOrderPage(body: unknown): AdminOrderPage {
  if (!isRecord(body) || !Array.isArray(body.orders)) throw new TypeError('admin orders: orders is not an array')
  if (!(body.nextCursor === null || typeof body.nextCursor === 'string'))
    throw new TypeError('admin orders: bad nextCursor')
  const bad = body.orders.findIndex((order) => !isSummary(order))
  if (bad >= 0) throw new TypeError(`admin orders: bad order at ${bad}`)
  return body as AdminOrderPage
}

export function parseAdminOrder(body: unknown): AdminOrder {
  const order = parseOrder(body)
  const attempts = (body as { paymentAttempts?: unknown }).paymentAttempts
  if (!Array.isArray(attempts) || !attempts.every(isAttempt))
    throw new TypeError(`admin order ${order.id}: bad paymentAttempts`)
  return { ...order, paymentAttempts: attempts }
}

function isSummary(value: unknown): value is AdminOrderSummary {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.number === 'string' &&
    typeof value.email === 'string' &&
    typeof value.status === 'string' &&
    isOrderStatus(value.status) &&
    typeof value.currency === 'string' &&
    (currencyCodes as readonly string[]).includes(value.currency) &&
    isAmount(value.total) &&
    isAmount(value.refundedTotal) &&
    typeof value.createdAt === 'string' &&
    isAmount(value.itemCount)
  )
}

function isAttempt(value: unknown): value is PaymentAttempt {
  return (
    isRecord(value) &&
    typeof value.intentId === 'string' &&
    isPaymentStatus(value.status) &&
    (value.failureReason === null || typeof value.failureReason === 'string') &&
    (value.cardLast4 === null || typeof value.cardLast4 === 'string') &&
    typeof value.at === 'string'
  )
}
