/** The only SQL of the admin's order pages: every shopper's orders, filtered and paged, and one order in full. */
import { and, asc, desc, eq, or, type SQL, sql } from 'drizzle-orm'
import type { AdminOrder, PaymentAttempt } from '../../shared/orders/admin-order.ts'
import { parseOrderNumber } from '../../shared/orders/order-number.ts'
import type { OrderStatus } from '../../shared/orders/order-status.ts'
import { orderLines, orders, paymentAttempts } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'
import { toOrders } from './orders.repository.ts'

/** Where the previous page ended, in the list's (created_at desc, id desc) order. */
export type AdminOrdersCursor = { readonly createdAt: string; readonly id: string }

export type AdminOrdersFilter = {
  readonly status: OrderStatus | undefined
  readonly search: string | undefined
  readonly after: AdminOrdersCursor | null
  readonly limit: number
}

export type AdminOrderRow = {
  readonly id: string
  readonly orderNumber: number
  readonly email: string
  readonly status: OrderStatus
  readonly currency: AdminOrder['currency']
  readonly total: number
  readonly refundedTotal: number
  readonly createdAt: Date
  readonly itemCount: number
}

/** One keyset page, newest first: rows strictly after `after` — never OFFSET, so pages do not shift. */
export async function listAdminOrders(db: Db, filter: AdminOrdersFilter): Promise<AdminOrderRow[]> {
  const conditions: (SQL | undefined)[] = [
    filter.status ? eq(orders.status, filter.status) : undefined,
    filter.search ? matchesSearch(filter.search) : undefined,
    filter.after
      ? sql`(${orders.createdAt}, ${orders.id}) < (${filter.after.createdAt}::timestamptz, ${filter.after.id}::uuid)`
      : undefined,
  ]
  return db
    .select({
      id: orders.id,
      orderNumber: orders.orderNumber,
      email: orders.email,
      status: orders.status,
      currency: orders.currency,
      total: orders.grandTotal,
      refundedTotal: orders.refundedTotal,
      createdAt: orders.createdAt,
      itemCount: sql<number>`(select coalesce(sum(${orderLines.quantity}), 0)::int from ${orderLines} where ${orderLines.orderId} = ${orders.id})`,
    })
    .from(orders)
    .where(and(...conditions))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(filter.limit)
}

/** Any shopper's order with its payment attempts, or undefined. */
export async function readAdminOrder(db: Db, orderId: string): Promise<AdminOrder | undefined> {
  const [row] = await db.select().from(orders).where(eq(orders.id, orderId))
  if (!row) return undefined
  const [[order], attempts] = await Promise.all([toOrders(db, [row]), readPaymentAttempts(db, orderId)])
  return order && { ...order, paymentAttempts: attempts }
}

async function readPaymentAttempts(db: Db, orderId: string): Promise<PaymentAttempt[]> {
  const rows = await db
    .select()
    .from(paymentAttempts)
    .where(eq(paymentAttempts.orderId, orderId))
    .orderBy(asc(paymentAttempts.id))
  return rows.map((r) => ({
    intentId: r.intentId,
    status: r.status,
    failureReason: r.failureReason,
    cardLast4: r.cardLast4,
    at: r.at.toISOString(),
  }))
}

/**
 * `SF-10042` or `#10042` searches order numbers only; bare digits (`10042`) an order number, an email
 * start or an id start; anything else an email start or, when it looks like one, the start of the
 * order's uuid (the API id, pasted from a log). Case-insensitive, LIKE wildcards taken literally.
 */
function matchesSearch(search: string): SQL | undefined {
  const term = search.trim().toLowerCase()
  const number = parseOrderNumber(term)
  const byNumber = number === null ? undefined : eq(orders.orderNumber, number)
  if (byNumber && !/^\d+$/.test(term)) return byNumber
  const prefix = `${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
  const byId = /^[0-9a-f-]+$/.test(term) ? sql`${orders.id}::text like ${prefix}` : undefined
  return or(sql`lower(${orders.email}) like ${prefix}`, byId, byNumber)
}
