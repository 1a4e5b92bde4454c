/** Orders as the admin API returns them (zod-free, so the admin pages import it without the schema library). */
import type { CurrencyCode } from '../money.ts'
import type { Order, PaymentStatus } from './order.ts'
import type { OrderStatus } from './order-status.ts'

/** One row of `GET /api/admin/orders`; amounts in minor units. */
export type AdminOrderSummary = {
  readonly id: string
  /** The number shoppers see, formatted: `SF-10042`. */
  readonly number: string
  readonly email: string
  readonly status: OrderStatus
  readonly currency: CurrencyCode
  readonly total: number
  readonly refundedTotal: number
  readonly createdAt: string
  /** Pieces ordered: the sum of the lines' quantities. */
  readonly itemCount: number
}

/** A page of `GET /api/admin/orders`, newest first; `nextCursor` is null on the last page. */
export type AdminOrderPage = {
  readonly orders: readonly AdminOrderSummary[]
  readonly nextCursor: string | null
}

/** One confirmation of the order's payment, as the provider answered it. */
export type PaymentAttempt = {
  readonly intentId: string
  readonly status: PaymentStatus
  readonly failureReason: string | null
  readonly cardLast4: string | null
  readonly at: string
}

/** `GET /api/admin/orders/:id`: the order plus every payment attempt (oldest first). */
export type AdminOrder = Order & { readonly paymentAttempts: readonly PaymentAttempt[] }

/** What is left to refund: the total minus succeeded refunds (pending ones are checked by the server). */
export function remainingRefundable(order: Pick<Order, 'totals' | 'refundedTotal'>): number {
  return Math.max(0, order.totals.total - order.refundedTotal)
}
