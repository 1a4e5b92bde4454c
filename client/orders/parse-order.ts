/**
 * Shape check of `GET /api/orders` and `GET /api/orders/:id` answers. Like the other client parsers
 * (local-data/parse-shopper-answers.ts), the client ships no zod: this checks every field the order pages
 * read and throws on anything else, so a server/client mismatch fails loudly instead of storing an
 * order the pages cannot show.
 */
import type { CheckoutTotals, ShippingAddress } from '../../shared/checkout/checkout-totals.ts'
import { shippingMethods } from '../../shared/checkout/checkout-totals.ts'
import { currencyCodes } from '../../shared/money.ts'
import {
  isOrderLineOptions,
  type Order,
  type OrderHistoryEntry,
  type OrderLine,
  type OrderRefund,
  type OrderTracking,
  type PaymentProviderName,
  type PaymentStatus,
  type RefundStatus,
} from '../../shared/orders/order.ts'
import { isOrderStatus } from '../../shared/orders/order-status.ts'

const paymentStatuses: readonly PaymentStatus[] = [
  'requires_payment_method',
  'requires_action',
  'processing',
  'succeeded',
  'failed',
  'canceled',
]
const providers: readonly PaymentProviderName[] = ['test', 'stripe']
const refundStatuses: readonly RefundStatus[] = ['pending', 'succeeded', 'failed']

export function parseOrderList(body: unknown): Order[] {
  if (!isRecord(body) || !Array.isArray(body.orders)) throw new TypeError('order list: orders is not an array')
  return body.orders.map(parseOrder)
}

export function parseOrder(body: unknown): Order {
  if (!isRecord(body)) throw new TypeError('order: body is not an object')
  const order = body as Partial<Record<keyof Order, unknown>>
  const problem = firstProblem(order)
  if (problem) throw new TypeError(`order ${String(order.id)}: bad ${problem}`)
  return body as Order
}

/** The name of the first field that does not have the shape of `Order`, or null. */
function firstProblem(order: Partial<Record<keyof Order, unknown>>): string | null {
  const checks: [keyof Order, boolean][] = [
    ['id', typeof order.id === 'string'],
    ['number', typeof order.number === 'number' && Number.isSafeInteger(order.number) && order.number > 0],
    ['status', typeof order.status === 'string' && isOrderStatus(order.status)],
    ['email', typeof order.email === 'string'],
    ['currency', includes(currencyCodes, order.currency)],
    ['lines', Array.isArray(order.lines) && order.lines.every(isLine)],
    ['totals', isTotals(order.totals)],
    ['shippingMethod', includes(shippingMethods, order.shippingMethod)],
    ['shippingAddress', isAddress(order.shippingAddress)],
    ['payment', isPayment(order.payment)],
    ['reservationExpiresAt', isTimeOrNull(order.reservationExpiresAt)],
    ['refundedTotal', isAmount(order.refundedTotal)],
    ['refunds', Array.isArray(order.refunds) && order.refunds.every(isRefund)],
    ['history', Array.isArray(order.history) && order.history.every(isHistoryEntry)],
    ['tracking', order.tracking === null || isTracking(order.tracking)],
    ['createdAt', typeof order.createdAt === 'string'],
    ['updatedAt', typeof order.updatedAt === 'string'],
  ]
  return checks.find(([, valid]) => !valid)?.[0] ?? null
}

function isLine(value: unknown): value is OrderLine {
  return (
    isRecord(value) &&
    typeof value.productId === 'string' &&
    typeof value.variantId === 'string' &&
    typeof value.sku === 'string' &&
    typeof value.name === 'string' &&
    isOrderLineOptions(value.options) &&
    isAmount(value.unitPrice) &&
    isAmount(value.quantity) &&
    isAmount(value.lineTotal)
  )
}

/** Totals as an order or a quote carries them: without `discount` when sent before discounts existed. */
export type WireTotals = Omit<CheckoutTotals, 'discount'> & { readonly discount?: number }

export function isTotals(value: unknown): value is WireTotals {
  return (
    isRecord(value) &&
    isAmount(value.items) &&
    // Orders and quotes from before discounts have none.
    (value.discount === undefined || isAmount(value.discount)) &&
    isAmount(value.shipping) &&
    isAmount(value.tax) &&
    isAmount(value.total)
  )
}

function isAddress(value: unknown): value is ShippingAddress {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    typeof value.line1 === 'string' &&
    (value.line2 === undefined || typeof value.line2 === 'string') &&
    typeof value.postalCode === 'string' &&
    typeof value.city === 'string' &&
    (value.region === undefined || typeof value.region === 'string') &&
    typeof value.country === 'string' &&
    (value.phone === undefined || typeof value.phone === 'string')
  )
}

function isPayment(value: unknown): boolean {
  return (
    isRecord(value) &&
    includes(providers, value.provider) &&
    (value.status === null || isPaymentStatus(value.status)) &&
    (value.clientSecret === null || typeof value.clientSecret === 'string') &&
    (value.failureReason === null || typeof value.failureReason === 'string')
  )
}

function isRefund(value: unknown): value is OrderRefund {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    isAmount(value.amount) &&
    includes(refundStatuses, value.status) &&
    (value.reason === null || typeof value.reason === 'string') &&
    typeof value.createdAt === 'string'
  )
}

function isHistoryEntry(value: unknown): value is OrderHistoryEntry {
  return (
    isRecord(value) &&
    (value.from === null || (typeof value.from === 'string' && isOrderStatus(value.from))) &&
    typeof value.to === 'string' &&
    isOrderStatus(value.to) &&
    typeof value.reason === 'string' &&
    typeof value.at === 'string'
  )
}

function isTracking(value: unknown): value is OrderTracking {
  return (
    isRecord(value) &&
    typeof value.carrier === 'string' &&
    typeof value.trackingNumber === 'string' &&
    typeof value.shippedAt === 'string' &&
    isTimeOrNull(value.deliveredAt)
  )
}

function isTimeOrNull(value: unknown): boolean {
  return value === null || typeof value === 'string'
}

/** The field checks below are shared with the admin's parsers (admin/admin-order-parsers.ts). */
export function isPaymentStatus(value: unknown): value is PaymentStatus {
  return includes(paymentStatuses, value)
}

/** A whole, non-negative number of minor units (or of items). */
export function isAmount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0
}

function includes<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value)
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
