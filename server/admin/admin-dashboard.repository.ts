/**
 * The SQL of the admin's dashboard: each figure is one aggregate query. Time bounds come from the
 * caller's clock, so "today" (UTC) and the per-minute buckets agree with each other.
 */
import { and, asc, count, countDistinct, eq, exists, gte, inArray, isNull, lte, sql } from 'drizzle-orm'
import type { LowStockVariant, OrdersInMinute, RevenueAmount } from '../../shared/admin/dashboard.ts'
import { variantOptions } from '../../shared/catalog/variant.ts'
import type { OrderStatus } from '../../shared/orders/order-status.ts'
import { cartLines, events, orders, products, productVariants } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

/** Orders whose money the shop holds (or held before a refund, which is subtracted). */
const revenueStatuses: OrderStatus[] = ['paid', 'fulfilling', 'shipped', 'delivered', 'partially_refunded', 'refunded']

export async function countOrdersSince(db: Db, since: Date): Promise<number> {
  const [row] = await db.select({ count: count() }).from(orders).where(gte(orders.createdAt, since))
  return row?.count ?? 0
}

export async function revenueSince(db: Db, since: Date): Promise<RevenueAmount[]> {
  const amount = sql<number>`coalesce(sum(${orders.grandTotal} - ${orders.refundedTotal}), 0)::int`
  return db
    .select({ currency: orders.currency, amount })
    .from(orders)
    .where(and(gte(orders.createdAt, since), inArray(orders.status, revenueStatuses)))
    .groupBy(orders.currency)
    .orderBy(asc(orders.currency))
}

/** Only the minutes that had orders; the caller fills the empty ones. */
export async function ordersPerMinuteSince(db: Db, since: Date): Promise<OrdersInMinute[]> {
  const minute = sql<string>`to_char(date_trunc('minute', ${orders.createdAt} at time zone 'UTC'), 'YYYY-MM-DD"T"HH24:MI:00.000"Z"')`
  return db
    .select({ minute, count: count() })
    .from(orders)
    .where(gte(orders.createdAt, since))
    .groupBy(minute)
    .orderBy(minute)
}

/** Shoppers with cart lines whose last cart change (logged as `cart.updated`) is recent. */
export async function countActiveCartsSince(db: Db, since: Date): Promise<number> {
  const hasLines = db.select({ one: sql`1` }).from(cartLines).where(eq(cartLines.shopperId, events.shopperId))
  const [row] = await db
    .select({ count: countDistinct(events.shopperId) })
    .from(events)
    .where(and(eq(events.type, 'cart.updated'), gte(events.createdAt, since), exists(hasLines)))
  return row?.count ?? 0
}

/**
 * Live variants of live products at or below `threshold`, through `product_variants_low_stock_idx`
 * (partial: `deleted_at is null`); each product is then found by its key.
 */
export async function listLowStock(db: Db, threshold: number, limit: number): Promise<LowStockVariant[]> {
  const rows = await db
    .select({
      productId: productVariants.productId,
      variantId: productVariants.id,
      name: products.name,
      sku: productVariants.sku,
      options: products.options,
      optionValues: productVariants.optionValues,
      stock: productVariants.stock,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(and(isNull(productVariants.deletedAt), lte(productVariants.stock, threshold), isNull(products.deletedAt)))
    .orderBy(asc(productVariants.stock), asc(products.name), asc(productVariants.sku))
    .limit(limit)
  return rows.map(({ options, optionValues, ...row }) => ({
    ...row,
    options: variantOptions(options, { optionValues }),
  }))
}
