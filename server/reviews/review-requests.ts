/**
 * Review requests (issue 15): when an order is delivered it gets one `review_requests` row, due
 * `request_delay_days` later (the shop's setting at delivery). A polling job claims due rows with
 * SKIP LOCKED (every instance runs it), enqueues one email per order listing its products, each with
 * a link to its review form, and marks the row sent in the same transaction, so an order is asked
 * once. Orders without an account are not asked: only signed-in customers write reviews.
 */
import { and, asc, eq, inArray, isNull, lte, notExists, sql } from 'drizzle-orm'
import { orderLines, orders, products, reviewRequests, reviewSettings, reviews } from '../db/schema.ts'
import { enqueueEmail } from '../email/email-outbox.repository.ts'
import { emailLocaleOf, reviewRequestTopic } from '../email/templates/email-data.ts'
import { emailLinkKey, unsubscribeToken } from '../email/unsubscribe.ts'
import type { AppDeps } from '../platform/app-env.ts'
import type { Db } from '../platform/db.ts'
import { type PollingJob, startPollingJob } from '../platform/polling-job.ts'

const batchSize = 20

/** In the transaction that marks the order delivered. A second delivery of one order adds nothing. */
export async function scheduleReviewRequest(tx: Db, orderId: string, deliveredAt: Date): Promise<void> {
  const delayDays = tx.select({ days: reviewSettings.requestDelayDays }).from(reviewSettings)
  await tx
    .insert(reviewRequests)
    .select(
      tx
        .select({
          orderId: orders.id,
          dueAt:
            sql<Date>`${deliveredAt.toISOString()}::timestamptz + make_interval(days => coalesce((${delayDays}), 7))`.as(
              'due_at',
            ),
          sentAt: sql<Date | null>`null`.as('sent_at'),
          createdAt: sql<Date>`now()`.as('created_at'),
        })
        .from(orders)
        .where(and(eq(orders.id, orderId), sql`${orders.userId} is not null`)),
    )
    .onConflictDoNothing()
}

/** One pass: sends the requests due at `now`, up to `limit`; returns how many it claimed. */
export async function sendDueReviewRequests(deps: Pick<AppDeps, 'db' | 'clock'>, limit = batchSize): Promise<number> {
  const now = deps.clock()
  const key = await emailLinkKey(deps.db)
  return deps.db.transaction(async (tx) => {
    const due = await tx
      .select({ orderId: reviewRequests.orderId })
      .from(reviewRequests)
      .where(and(isNull(reviewRequests.sentAt), lte(reviewRequests.dueAt, now)))
      .orderBy(asc(reviewRequests.dueAt))
      .limit(limit)
      .for('update', { skipLocked: true })
    for (const { orderId } of due) await enqueueReviewRequest(tx, orderId, key)
    if (due.length > 0)
      await tx
        .update(reviewRequests)
        .set({ sentAt: now })
        .where(
          inArray(
            reviewRequests.orderId,
            due.map((row) => row.orderId),
          ),
        )
    return due.length
  })
}

/** The order's products its buyer has not reviewed yet; no email when none is left. */
async function enqueueReviewRequest(tx: Db, orderId: string, key: string): Promise<void> {
  const [order] = await tx
    .select({ email: orders.email, locale: orders.locale, number: orders.orderNumber, userId: orders.userId })
    .from(orders)
    .where(eq(orders.id, orderId))
  if (!order?.userId) return
  const reviewed = tx
    .select({ one: sql`1` })
    .from(reviews)
    .where(and(eq(reviews.productId, products.id), eq(reviews.userId, order.userId)))
  const items = await tx
    .selectDistinctOn([products.id], { id: products.id, name: products.name, slug: products.slug })
    .from(orderLines)
    .innerJoin(products, eq(products.id, orderLines.productId))
    .where(and(eq(orderLines.orderId, orderId), isNull(products.deletedAt), notExists(reviewed)))
    .orderBy(products.id)
  if (items.length === 0) return
  await enqueueEmail(tx, {
    dedupeKey: `order:${orderId}:review_request`,
    template: 'review_request',
    to: order.email,
    locale: emailLocaleOf(order.locale),
    data: {
      orderId,
      orderNumber: order.number,
      products: items.map(({ name, slug }) => ({ name, slug })),
      unsubscribeToken: unsubscribeToken(key, { email: order.email.toLowerCase(), topic: reviewRequestTopic }),
    },
  })
}

/** Runs the job every `intervalMs` until stopped; requests are due days later, so a minute is soon enough. */
export function startReviewRequests(deps: Pick<AppDeps, 'db' | 'clock' | 'logger'>, intervalMs = 60_000): PollingJob {
  return startPollingJob({
    name: 'review requests',
    intervalMs,
    logger: deps.logger,
    pass: async () => (await sendDueReviewRequests(deps)) === batchSize,
  })
}
