/**
 * The SQL of deleting an account (`DELETE /api/auth/me`, decision 0032), run in one transaction by
 * account-deletion.service.ts. Orders stay for the books with the personal data replaced; everything
 * else that is the shopper's goes.
 */
import { and, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm'
import type { UserId } from '../../shared/account/user.ts'
import type { Locale } from '../../shared/i18n/locales.ts'
import { reservingStatuses } from '../../shared/orders/order-status.ts'
import {
  discountRedemptions,
  emailOutbox,
  orders,
  pushSubscriptions,
  reviewReports,
  reviewRequests,
  reviews,
  reviewVotes,
  shoppers,
  users,
} from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export type UserToDelete = {
  readonly email: string
  readonly locale: Locale | null
  readonly passwordHash: string
}

/** The user row, locked until the transaction ends: a concurrent deletion or sign-in waits. */
export async function lockUser(tx: Db, userId: UserId): Promise<UserToDelete | undefined> {
  const [row] = await tx
    .select({ email: users.email, locale: users.locale, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .for('update')
  return row
}

/** Whether an order of the account still holds stock while it waits for its payment. */
export async function hasOrderAwaitingPayment(tx: Db, userId: UserId, now: Date): Promise<boolean> {
  const rows = await tx
    .select({ id: orders.id })
    .from(orders)
    .where(
      and(
        eq(orders.userId, userId),
        inArray(orders.status, [...reservingStatuses]),
        gt(orders.reservationExpiresAt, now),
      ),
    )
    .limit(1)
  return rows.length > 0
}

/**
 * Replaces the personal data of the account's orders (decision 0032): the email by a placeholder
 * that cannot be delivered to, the address by its country and region (what tax needs); lines,
 * amounts and history stay. The payment client secret goes too. Returns the orders' ids.
 */
export async function anonymizeOrders(tx: Db, userId: UserId, now: Date): Promise<string[]> {
  const rows = await tx
    .update(orders)
    .set({
      email: sql`'deleted-' || ${orders.id}::text || '@invalid'`,
      shippingAddress: sql`jsonb_strip_nulls(jsonb_build_object(
        'name', '', 'line1', '', 'postalCode', '', 'city', '',
        'country', ${orders.shippingAddress}->'country', 'region', ${orders.shippingAddress}->'region'))`,
      paymentClientSecret: null,
      anonymizedAt: now,
      updatedAt: now,
    })
    .where(eq(orders.userId, userId))
    .returning({ id: orders.id })
  const ids = rows.map((row) => row.id)
  if (ids.length === 0) return ids
  // A per-customer discount limit told guests apart by email: the placeholder replaces it there too.
  await tx
    .update(discountRedemptions)
    .set({ email: sql`'deleted-' || ${discountRedemptions.orderId}::text || '@invalid'` })
    .where(inArray(discountRedemptions.orderId, ids))
  // A review request not sent yet would go to the placeholder.
  await tx.delete(reviewRequests).where(and(inArray(reviewRequests.orderId, ids), isNull(reviewRequests.sentAt)))
  return ids
}

/** The emails to the address still in the outbox, sent or not: their data holds addresses and names. */
export async function deleteOutboxEmailsTo(tx: Db, email: string): Promise<void> {
  await tx.delete(emailOutbox).where(eq(emailOutbox.toAddress, email))
}

export type AuthoredReview = {
  readonly id: string
  readonly productId: string
  readonly status: 'pending' | 'published' | 'rejected'
  readonly rating: number
}

/** The account's reviews, locked: their stars leave the products' counts before they are deleted. */
export async function lockAuthoredReviews(tx: Db, userId: UserId): Promise<AuthoredReview[]> {
  return tx
    .select({ id: reviews.id, productId: reviews.productId, status: reviews.status, rating: reviews.rating })
    .from(reviews)
    .where(eq(reviews.userId, userId))
    .for('update')
}

export async function deleteReviewsOf(tx: Db, userId: UserId): Promise<void> {
  await tx.delete(reviews).where(eq(reviews.userId, userId))
}

/**
 * Takes the account's votes and reports off the counts of other shoppers' reviews, then deletes
 * them (the foreign keys would delete the rows, but not move the counts).
 */
export async function withdrawVotesAndReports(tx: Db, userId: UserId): Promise<void> {
  await tx.execute(sql`
    update ${reviews} r
    set helpful_count = greatest(0, r.helpful_count - case when v.helpful then 1 else 0 end),
        unhelpful_count = greatest(0, r.unhelpful_count - case when v.helpful then 0 else 1 end)
    from ${reviewVotes} v
    where v.review_id = r.id and v.user_id = ${userId}`)
  await tx.execute(sql`
    update ${reviews} r
    set report_count = greatest(0, r.report_count - 1)
    from ${reviewReports} p
    where p.review_id = r.id and p.user_id = ${userId}`)
  await tx.delete(reviewVotes).where(eq(reviewVotes.userId, userId))
  await tx.delete(reviewReports).where(eq(reviewReports.userId, userId))
}

/**
 * Deletes the account's push subscriptions, its shopper (with it its sessions, cart, wishlist, event
 * log and applied mutation ids) and the user row (with it saved addresses, account tokens and any
 * session still pointing at it).
 */
export async function deleteUserAndShopper(tx: Db, userId: UserId, shopperId: string | undefined): Promise<void> {
  await tx
    .delete(pushSubscriptions)
    .where(
      shopperId
        ? or(eq(pushSubscriptions.userId, userId), eq(pushSubscriptions.shopperId, shopperId))
        : eq(pushSubscriptions.userId, userId),
    )
  if (shopperId) await tx.delete(shoppers).where(eq(shoppers.id, shopperId))
  await tx.delete(users).where(eq(users.id, userId))
}
