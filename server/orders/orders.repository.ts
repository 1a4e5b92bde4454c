/** The only SQL of orders: orders, their lines and history, payment attempts, and stock reservation. */
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm'
import { localizeProduct } from '../../shared/catalog/catalog-translation.ts'
import { variantOptions } from '../../shared/catalog/variant.ts'
import type { CheckoutTotals, ShippingAddress, ShippingMethod } from '../../shared/checkout/checkout-totals.ts'
import { defaultLocale, type Locale } from '../../shared/i18n/locales.ts'
import {
  asCategoryId,
  asProductId,
  asVariantId,
  type CategoryId,
  type ProductId,
  type VariantId,
} from '../../shared/ids.ts'
import type { TaxMode } from '../../shared/markets/market.ts'
import type { MarketPrices } from '../../shared/markets/market-prices-schema.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import type {
  Order,
  OrderHistoryEntry,
  OrderLine,
  OrderLineOption,
  OrderRefund,
  PaymentStatus,
} from '../../shared/orders/order.ts'
import { type OrderStatus, reservingStatuses } from '../../shared/orders/order-status.ts'
import {
  orderHistory,
  orderLines,
  orders,
  paymentAttempts,
  products,
  productVariants,
  refunds,
  shoppers,
} from '../db/schema.ts'
import type { Db } from '../platform/db.ts'
import { rowsOf } from '../platform/migrate.ts'

export type OrderRow = typeof orders.$inferSelect

/** Who may see an order: the shopper that placed it, or the account it belongs to. */
export type OrderOwner = { readonly shopperId: string; readonly userId: string | null }

export async function findOrderIdByKey(db: Db, shopperId: string, idempotencyKey: string) {
  const [row] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.shopperId, shopperId), eq(orders.idempotencyKey, idempotencyKey)))
  return row?.id
}

/**
 * A variant still for sale, with what an order line records of it: price and names as they are now,
 * in the shopper's language (an order keeps the names the shopper read when ordering).
 */
export type PricedVariant = {
  readonly id: VariantId
  readonly productId: ProductId
  readonly name: string
  readonly sku: string
  readonly options: readonly OrderLineOption[]
  /** In minor units of `currency`: the catalog's price, until priced in a market (server/markets/). */
  readonly price: number
  readonly stock: number
  readonly currency: CurrencyCode
  /** The merchant's explicit prices per market (decision 0026); a market without one converts `price`. */
  readonly marketPrices: MarketPrices
  /** What a discount's scope looks at (shared/discounts/). */
  readonly categoryId: CategoryId
  readonly brand: string
}

/** The named variants that are still for sale (variant and product live). */
export async function readPricedVariants(
  db: Db,
  variantIds: readonly VariantId[],
  locale: Locale = defaultLocale,
): Promise<Map<VariantId, PricedVariant>> {
  if (variantIds.length === 0) return new Map()
  return byVariantId(await selectPricedVariants(db, variantIds), locale)
}

/**
 * `readPricedVariants` that also locks the variant and product rows until the transaction ends, in
 * (product id, variant id) order: two checkouts sharing products then lock them in the same order
 * and cannot deadlock, whatever plan the reservation's UPDATE (and the trigger that rolls stock up
 * to the product) takes afterwards.
 */
export async function lockPricedVariants(
  db: Db,
  variantIds: readonly VariantId[],
  locale: Locale = defaultLocale,
): Promise<Map<VariantId, PricedVariant>> {
  if (variantIds.length === 0) return new Map()
  return byVariantId(
    await selectPricedVariants(db, variantIds).orderBy(asc(products.id), asc(productVariants.id)).for('update'),
    locale,
  )
}

function selectPricedVariants(db: Db, variantIds: readonly VariantId[]) {
  return db
    .select({
      id: productVariants.id,
      productId: products.id,
      name: products.name,
      sku: productVariants.sku,
      productOptions: products.options,
      translations: products.translations,
      optionValues: productVariants.optionValues,
      price: productVariants.price,
      marketPrices: productVariants.marketPrices,
      stock: productVariants.stock,
      currency: products.currency,
      categoryId: products.categoryId,
      brand: products.brand,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(
      and(inArray(productVariants.id, [...variantIds]), isNull(productVariants.deletedAt), isNull(products.deletedAt)),
    )
}

type PricedVariantRow = Awaited<ReturnType<typeof selectPricedVariants>>[number]

function byVariantId(rows: readonly PricedVariantRow[], locale: Locale): Map<VariantId, PricedVariant> {
  return new Map(
    rows.map(({ productOptions, optionValues, translations, ...row }) => {
      const named = localizeProduct({ name: row.name, description: '', options: productOptions }, translations, locale)
      return [
        asVariantId(row.id),
        {
          ...row,
          name: named.name,
          id: asVariantId(row.id),
          productId: asProductId(row.productId),
          categoryId: asCategoryId(row.categoryId),
          options: variantOptions(named.options, { optionValues }),
        },
      ]
    }),
  )
}

/**
 * Takes each line's quantity off its variant's stock in one conditional UPDATE for all lines (never
 * read-then-write, and one statement however long the cart): answers the variants it could reserve.
 * A variant with less in stock, or withdrawn, is missing from the answer and unchanged; the caller
 * rolls back the others. One line per variant. The roll-up trigger moves the products' stock.
 */
export async function reserveStock(
  db: Db,
  lines: readonly { readonly variantId: VariantId; readonly quantity: number }[],
): Promise<Set<VariantId>> {
  if (lines.length === 0) return new Set()
  const wanted = sql.join(
    lines.map((line) => sql`(${line.variantId}::uuid, ${line.quantity}::integer)`),
    sql`, `,
  )
  const rows = await db
    .update(productVariants)
    .set({ stock: sql`${productVariants.stock} - wanted.quantity` })
    .from(sql`(values ${wanted}) as wanted (id, quantity)`)
    .where(
      and(
        sql`${productVariants.id} = wanted.id`,
        sql`${productVariants.stock} >= wanted.quantity`,
        isNull(productVariants.deletedAt),
      ),
    )
    .returning({ id: productVariants.id })
  return new Set(rows.map((r) => asVariantId(r.id)))
}

/** Returns an order's reserved stock (all its lines), in (product id, variant id) order like the reservation. */
export async function releaseStock(db: Db, orderId: string): Promise<void> {
  const lines = await db
    .select({ variantId: orderLines.variantId, quantity: orderLines.quantity })
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId))
    .orderBy(asc(orderLines.productId), asc(orderLines.variantId))
  for (const line of lines)
    await db
      .update(productVariants)
      .set({ stock: sql`${productVariants.stock} + ${line.quantity}` })
      .where(eq(productVariants.id, line.variantId))
}

export type NewOrder = {
  readonly shopperId: string
  readonly userId: string | null
  readonly email: string
  readonly currency: CurrencyCode
  /** The market's: whether `totals.tax` is contained in the prices or was added. */
  readonly taxMode: TaxMode
  readonly totals: CheckoutTotals
  /** The discount the order got (its lines carry the split), or absent. */
  readonly discount?: { readonly id: string; readonly code: string | null; readonly title: string }
  readonly shippingMethod: ShippingMethod
  readonly shippingAddress: ShippingAddress
  readonly idempotencyKey: string
  /** sha256 of the canonical checkout request, so a repeated key with other details is refused. */
  readonly requestHash?: string
  readonly reservationExpiresAt: Date
  readonly lines: readonly OrderLine[]
  /** The shop language of the checkout; its emails are written in it. */
  readonly locale?: string
}

export async function insertOrder(db: Db, order: NewOrder): Promise<string> {
  const [row] = await db
    .insert(orders)
    .values({
      shopperId: order.shopperId,
      userId: order.userId,
      email: order.email,
      status: 'pending_payment',
      currency: order.currency,
      taxMode: order.taxMode,
      itemsTotal: order.totals.items,
      shippingTotal: order.totals.shipping,
      taxTotal: order.totals.tax,
      grandTotal: order.totals.total,
      discountTotal: order.totals.discount,
      discountId: order.discount?.id ?? null,
      discountCode: order.discount?.code ?? null,
      discountTitle: order.discount?.title ?? null,
      shippingMethod: order.shippingMethod,
      shippingAddress: order.shippingAddress,
      idempotencyKey: order.idempotencyKey,
      requestHash: order.requestHash ?? null,
      reservationExpiresAt: order.reservationExpiresAt,
      ...(order.locale ? { locale: order.locale } : {}),
    })
    .returning({ id: orders.id })
  if (!row) throw new Error('insert into orders returned no row')
  await db.insert(orderLines).values(order.lines.map((line) => ({ orderId: row.id, ...line })))
  await recordHistory(db, row.id, null, 'pending_payment', 'checkout')
  return row.id
}

export async function recordHistory(
  db: Db,
  orderId: string,
  from: OrderStatus | null,
  to: OrderStatus,
  reason: string,
): Promise<void> {
  await db.insert(orderHistory).values({ orderId, fromStatus: from, toStatus: to, reason })
}

/** Locks the order row until the transaction ends; every status change goes through here first. */
export async function lockOrder(db: Db, orderId: string): Promise<OrderRow | undefined> {
  const [row] = await db.select().from(orders).where(eq(orders.id, orderId)).for('update')
  return row
}

/**
 * Payments, webhooks and refunds lock the order's shopper before the order, in sign-in's order
 * (shoppers → orders), so they cannot deadlock with it. The shopper is read first without a lock;
 * a shopper deleted meanwhile (a guest that signed in) is simply skipped.
 */
export async function lockOrderWithShopper(db: Db, orderId: string): Promise<OrderRow | undefined> {
  const unlocked = await readOrderRow(db, orderId)
  if (!unlocked) return undefined
  if (unlocked.shopperId)
    await db.select({ id: shoppers.id }).from(shoppers).where(eq(shoppers.id, unlocked.shopperId)).for('update')
  return lockOrder(db, orderId)
}

export type OrderPatch = Partial<
  Pick<
    OrderRow,
    | 'status'
    | 'reservationExpiresAt'
    | 'paymentProvider'
    | 'paymentIntentId'
    | 'paymentClientSecret'
    | 'paymentStatus'
    | 'paymentFailureReason'
    | 'refundedTotal'
    | 'disputedAt'
    | 'carrier'
    | 'trackingNumber'
    | 'shippedAt'
    | 'deliveredAt'
  >
>

export async function updateOrder(db: Db, orderId: string, patch: OrderPatch): Promise<void> {
  await db
    .update(orders)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(orders.id, orderId))
}

export async function recordPaymentAttempt(
  db: Db,
  attempt: {
    orderId: string
    intentId: string
    status: PaymentStatus
    failureReason: string | null
    cardLast4: string | null
  },
): Promise<void> {
  await db.insert(paymentAttempts).values(attempt)
}

const ownedBy = (owner: OrderOwner) =>
  owner.userId
    ? or(eq(orders.shopperId, owner.shopperId), eq(orders.userId, owner.userId))
    : eq(orders.shopperId, owner.shopperId)

/**
 * Gives a guest's orders to the account it signed in to (before the guest shopper is deleted), so
 * they stay visible and keep their events. Keys stay unique: they are random UUIDs per checkout.
 */
export async function moveGuestOrders(db: Db, guestShopperId: string, accountShopperId: string, userId: string) {
  await db
    .update(orders)
    .set({ shopperId: accountShopperId, userId: sql`coalesce(${orders.userId}, ${userId})` })
    .where(eq(orders.shopperId, guestShopperId))
}

/** The order paid through a provider's intent (webhooks name the intent, not always our order). */
export async function findOrderIdByIntent(db: Db, intentId: string): Promise<string | undefined> {
  const [row] = await db.select({ id: orders.id }).from(orders).where(eq(orders.paymentIntentId, intentId))
  return row?.id
}

export async function readOrderRow(db: Db, orderId: string): Promise<OrderRow | undefined> {
  const [row] = await db.select().from(orders).where(eq(orders.id, orderId))
  return row
}

/** The order when `owner` may see it, else undefined (so another shopper's order is a 404). */
export async function readOwnOrder(db: Db, owner: OrderOwner, orderId: string): Promise<Order | undefined> {
  const [row] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.id, orderId), ownedBy(owner)))
  return row ? (await toOrders(db, [row]))[0] : undefined
}

export async function listOwnOrders(db: Db, owner: OrderOwner, limit: number): Promise<Order[]> {
  const rows = await db
    .select()
    .from(orders)
    .where(ownedBy(owner))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(limit)
  return toOrders(db, rows)
}

/** Orders as the API returns them, with their lines, refunds and history (three queries in all). */
export async function toOrders(db: Db, rows: readonly OrderRow[]): Promise<Order[]> {
  const ids = rows.map((r) => r.id)
  const [lines, refundsByOrder, historyByOrder] = await Promise.all([
    readLines(db, ids),
    readRefunds(db, ids),
    readHistory(db, ids),
  ])
  return rows.map((row) => toOrder(row, lines, refundsByOrder, historyByOrder))
}

/**
 * Claims up to `limit` orders whose reservation ran out, skipping rows another worker holds, so
 * instances share the job without waiting on or double-processing each other (DESIGN §7).
 */
/**
 * Locks up to `limit` orders still holding stock past their reservation, skipping rows another
 * instance holds and the ids in `exclude` (orders this pass already looked at).
 */
export async function claimExpiredReservations(
  db: Db,
  now: Date,
  limit: number,
  exclude: readonly string[] = [],
): Promise<OrderRow[]> {
  const result = await db.execute(sql`
    select id from ${orders}
    where status in ${[...reservingStatuses]} and reservation_expires_at <= ${now.toISOString()}
      ${exclude.length > 0 ? sql`and id not in ${[...exclude]}` : sql``}
    order by reservation_expires_at
    limit ${limit}
    for update skip locked`)
  const ids = rowsOf(result).map((r) => String((r as { id: unknown }).id))
  if (ids.length === 0) return []
  return db.select().from(orders).where(inArray(orders.id, ids)).orderBy(asc(orders.reservationExpiresAt))
}

/**
 * Orders with a payment in flight: still holding stock, with an intent whose success the order does
 * not show, unchanged since `updatedBefore`. Locked with SKIP LOCKED so instances share the batch;
 * `exclude` holds the ids this pass already looked at.
 */
export async function claimPaymentsInFlight(
  db: Db,
  updatedBefore: Date,
  limit: number,
  exclude: readonly string[] = [],
): Promise<{ id: string; paymentIntentId: string }[]> {
  const result = await db.execute(sql`
    select id, payment_intent_id from ${orders}
    where status in ${[...reservingStatuses]} and payment_intent_id is not null
      and payment_status is distinct from 'succeeded' and updated_at <= ${updatedBefore.toISOString()}
      ${exclude.length > 0 ? sql`and id not in ${[...exclude]}` : sql``}
    order by updated_at
    limit ${limit}
    for update skip locked`)
  return rowsOf(result).map((r) => {
    const row = r as { id: unknown; payment_intent_id: unknown }
    return { id: String(row.id), paymentIntentId: String(row.payment_intent_id) }
  })
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const group = groups.get(key(row))
    if (group) group.push(row)
    else groups.set(key(row), [row])
  }
  return groups
}

async function readRefunds(db: Db, orderIds: readonly string[]): Promise<Map<string, OrderRefund[]>> {
  if (orderIds.length === 0) return new Map()
  const rows = await db
    .select()
    .from(refunds)
    .where(inArray(refunds.orderId, [...orderIds]))
    .orderBy(asc(refunds.createdAt), asc(refunds.id))
  const byOrder = groupBy(rows, (r) => r.orderId)
  return new Map(
    [...byOrder].map(([orderId, list]) => [
      orderId,
      list.map((r) => ({
        id: r.id,
        amount: r.amount,
        status: r.status,
        reason: r.reason,
        createdAt: r.createdAt.toISOString(),
      })),
    ]),
  )
}

async function readHistory(db: Db, orderIds: readonly string[]): Promise<Map<string, OrderHistoryEntry[]>> {
  if (orderIds.length === 0) return new Map()
  const rows = await db
    .select()
    .from(orderHistory)
    .where(inArray(orderHistory.orderId, [...orderIds]))
    .orderBy(asc(orderHistory.id))
  const byOrder = groupBy(rows, (r) => r.orderId)
  return new Map(
    [...byOrder].map(([orderId, list]) => [
      orderId,
      list.map((r) => ({ from: r.fromStatus, to: r.toStatus, reason: r.reason, at: r.at.toISOString() })),
    ]),
  )
}

async function readLines(db: Db, orderIds: readonly string[]): Promise<Map<string, OrderLine[]>> {
  const byOrder = new Map<string, OrderLine[]>()
  if (orderIds.length === 0) return byOrder
  const rows = await db
    .select()
    .from(orderLines)
    .where(inArray(orderLines.orderId, [...orderIds]))
    .orderBy(asc(orderLines.productId), asc(orderLines.variantId))
  for (const row of rows) {
    const list = byOrder.get(row.orderId) ?? []
    list.push({
      productId: asProductId(row.productId),
      variantId: asVariantId(row.variantId),
      sku: row.sku,
      name: row.name,
      options: row.options,
      unitPrice: row.unitPrice,
      quantity: row.quantity,
      lineTotal: row.lineTotal,
      // Only where there is one: lines of orders without a discount keep their shape.
      ...(row.discount > 0 ? { discount: row.discount } : {}),
    })
    byOrder.set(row.orderId, list)
  }
  return byOrder
}

function toOrder(
  row: OrderRow,
  lines: Map<string, OrderLine[]>,
  refundsByOrder: Map<string, OrderRefund[]>,
  historyByOrder: Map<string, OrderHistoryEntry[]>,
): Order {
  const payable = (reservingStatuses as readonly OrderStatus[]).includes(row.status)
  return {
    id: row.id,
    number: row.orderNumber,
    status: row.status,
    email: row.email,
    currency: row.currency,
    taxMode: row.taxMode,
    lines: lines.get(row.id) ?? [],
    totals: {
      items: row.itemsTotal,
      discount: row.discountTotal,
      shipping: row.shippingTotal,
      tax: row.taxTotal,
      total: row.grandTotal,
    },
    discount:
      row.discountId !== null
        ? { code: row.discountCode, title: row.discountTitle ?? '', amount: row.discountTotal }
        : null,
    shippingMethod: row.shippingMethod,
    shippingAddress: row.shippingAddress,
    payment: {
      provider: row.paymentProvider ?? 'test',
      status: row.paymentStatus,
      clientSecret: payable ? row.paymentClientSecret : null,
      failureReason: row.paymentFailureReason,
    },
    reservationExpiresAt: row.reservationExpiresAt?.toISOString() ?? null,
    refundedTotal: row.refundedTotal,
    refunds: refundsByOrder.get(row.id) ?? [],
    history: historyByOrder.get(row.id) ?? [],
    tracking: toTracking(row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

function toTracking(row: OrderRow): Order['tracking'] {
  if (!row.carrier || !row.trackingNumber || !row.shippedAt) return null
  return {
    carrier: row.carrier,
    trackingNumber: row.trackingNumber,
    shippedAt: row.shippedAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
  }
}
