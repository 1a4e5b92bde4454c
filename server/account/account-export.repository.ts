/**
 * The reads behind "download my data" (`GET /api/auth/me/export`): everything stored about one
 * account, in the shapes the export shows. Never the password hash, payment secrets or Stripe ids.
 */
import { and, asc, count, eq, inArray, or } from 'drizzle-orm'
import type { UserId } from '../../shared/account/user.ts'
import {
  cartLines,
  events,
  orderHistory,
  orderLines,
  orders,
  products,
  productVariants,
  pushSubscriptions,
  reviewReports,
  reviews,
  reviewVotes,
  savedAddresses,
  shoppers,
  users,
  wishlistItems,
} from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export async function readAccountForExport(db: Db, userId: UserId) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      locale: users.locale,
      emailVerifiedAt: users.emailVerifiedAt,
      checkoutDefaults: users.checkoutDefaults,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, userId))
  return row
}

/** The account's shopper (cart, wishlist, event log), if it has one yet. */
export async function findAccountShopperId(db: Db, userId: UserId): Promise<string | undefined> {
  const [row] = await db.select({ id: shoppers.id }).from(shoppers).where(eq(shoppers.userId, userId))
  return row?.id
}

export async function readSavedAddressesForExport(db: Db, userId: UserId) {
  return db
    .select({
      id: savedAddresses.id,
      address: savedAddresses.address,
      isDefaultShipping: savedAddresses.isDefaultShipping,
      isDefaultBilling: savedAddresses.isDefaultBilling,
      createdAt: savedAddresses.createdAt,
      updatedAt: savedAddresses.updatedAt,
    })
    .from(savedAddresses)
    .where(eq(savedAddresses.userId, userId))
    .orderBy(asc(savedAddresses.createdAt))
}

/** The account's orders with their lines and status history: three statements, whatever their number. */
export async function readOrdersForExport(db: Db, userId: UserId) {
  const rows = await db
    .select({
      id: orders.id,
      orderNumber: orders.orderNumber,
      email: orders.email,
      status: orders.status,
      currency: orders.currency,
      taxMode: orders.taxMode,
      itemsTotal: orders.itemsTotal,
      discountTotal: orders.discountTotal,
      shippingTotal: orders.shippingTotal,
      taxTotal: orders.taxTotal,
      grandTotal: orders.grandTotal,
      refundedTotal: orders.refundedTotal,
      discountCode: orders.discountCode,
      shippingMethod: orders.shippingMethod,
      shippingAddress: orders.shippingAddress,
      paymentStatus: orders.paymentStatus,
      locale: orders.locale,
      carrier: orders.carrier,
      trackingNumber: orders.trackingNumber,
      shippedAt: orders.shippedAt,
      deliveredAt: orders.deliveredAt,
      createdAt: orders.createdAt,
    })
    .from(orders)
    .where(eq(orders.userId, userId))
    .orderBy(asc(orders.createdAt))
  const ids = rows.map((row) => row.id)
  if (ids.length === 0) return []
  const lines = await db
    .select({
      orderId: orderLines.orderId,
      sku: orderLines.sku,
      name: orderLines.name,
      options: orderLines.options,
      unitPrice: orderLines.unitPrice,
      quantity: orderLines.quantity,
      lineTotal: orderLines.lineTotal,
      discount: orderLines.discount,
    })
    .from(orderLines)
    .where(inArray(orderLines.orderId, ids))
  const history = await db
    .select({
      orderId: orderHistory.orderId,
      fromStatus: orderHistory.fromStatus,
      toStatus: orderHistory.toStatus,
      at: orderHistory.at,
    })
    .from(orderHistory)
    .where(inArray(orderHistory.orderId, ids))
    .orderBy(asc(orderHistory.id))
  return rows.map((order) => ({
    ...order,
    lines: lines.filter((line) => line.orderId === order.id).map(({ orderId: _, ...line }) => line),
    history: history.filter((entry) => entry.orderId === order.id).map(({ orderId: _, ...entry }) => entry),
  }))
}

export async function readReviewsForExport(db: Db, userId: UserId) {
  const written = await db
    .select({
      id: reviews.id,
      productId: reviews.productId,
      product: products.name,
      variantLabel: reviews.variantLabel,
      rating: reviews.rating,
      title: reviews.title,
      body: reviews.body,
      status: reviews.status,
      authorName: reviews.authorName,
      locale: reviews.locale,
      createdAt: reviews.createdAt,
      updatedAt: reviews.updatedAt,
    })
    .from(reviews)
    .innerJoin(products, eq(products.id, reviews.productId))
    .where(eq(reviews.userId, userId))
    .orderBy(asc(reviews.createdAt))
  const votes = await db
    .select({ reviewId: reviewVotes.reviewId, helpful: reviewVotes.helpful, createdAt: reviewVotes.createdAt })
    .from(reviewVotes)
    .where(eq(reviewVotes.userId, userId))
  const reports = await db
    .select({
      reviewId: reviewReports.reviewId,
      reason: reviewReports.reason,
      note: reviewReports.note,
      createdAt: reviewReports.createdAt,
    })
    .from(reviewReports)
    .where(eq(reviewReports.userId, userId))
  return { written, votes, reports }
}

export async function readShopperItemsForExport(db: Db, shopperId: string) {
  const cart = await db
    .select({
      productId: cartLines.productId,
      product: products.name,
      sku: productVariants.sku,
      quantity: cartLines.quantity,
    })
    .from(cartLines)
    .innerJoin(products, eq(products.id, cartLines.productId))
    .innerJoin(productVariants, eq(productVariants.id, cartLines.variantId))
    .where(eq(cartLines.shopperId, shopperId))
    .orderBy(asc(cartLines.addedAt))
  const wishlist = await db
    .select({ productId: wishlistItems.productId, product: products.name, variantId: wishlistItems.variantId })
    .from(wishlistItems)
    .innerJoin(products, eq(products.id, wishlistItems.productId))
    .where(eq(wishlistItems.shopperId, shopperId))
    .orderBy(asc(wishlistItems.addedAt))
  return { cart, wishlist }
}

/** The account shopper's event log (cart and wishlist changes, order updates), oldest first. */
export async function readShopperEventsForExport(db: Db, shopperId: string) {
  return db
    .select({ type: events.type, data: events.data, createdAt: events.createdAt })
    .from(events)
    .where(eq(events.shopperId, shopperId))
    .orderBy(asc(events.id))
}

/** How many browsers get the account's push notifications (their keys are not the owner's to read). */
export async function countPushSubscriptions(db: Db, userId: UserId, shopperId: string | undefined): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(pushSubscriptions)
    .where(
      shopperId
        ? or(eq(pushSubscriptions.userId, userId), eq(pushSubscriptions.shopperId, shopperId))
        : and(eq(pushSubscriptions.userId, userId)),
    )
  return row?.n ?? 0
}
