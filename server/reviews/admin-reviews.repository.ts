/** The SQL of the admin's review moderation: the queue, its counts, conditional decisions, the audit trail, settings. */
import { and, asc, count, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm'
import type {
  AdminReview,
  AdminReviewListQuery,
  ReviewAuditEntry,
  ReviewQueueCounts,
  ReviewSettings,
} from '../../shared/reviews/admin-review-schema.ts'
import {
  asReviewId,
  holdReasons,
  type ReportReason,
  type ReviewId,
  type ReviewRating,
  type ReviewStatus,
  reviewStatuses,
} from '../../shared/reviews/review.ts'
import { products, reviewAudit, reviewReports, reviewSettings, reviews, users } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'
import { photosOf } from './reviews.repository.ts'

export type ReviewRow = typeof reviews.$inferSelect

const reviewColumns = {
  review: reviews,
  product: { id: products.id, slug: products.slug, name: products.name },
  authorEmail: users.email,
}

/** `%` and `_` in the admin's search are literal. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

function listFilter(query: AdminReviewListQuery): SQL | undefined {
  return and(
    eq(reviews.status, query.status),
    query.holdReason ? sql`${query.holdReason} = any(${reviews.holdReasons})` : undefined,
    query.rating ? eq(reviews.rating, query.rating) : undefined,
    query.q ? or(ilike(products.slug, containing(query.q)), ilike(products.name, containing(query.q))) : undefined,
  )
}

/** One page of the queue: the oldest first while pending (first come, first decided), else the newest first. */
export async function listAdminReviews(
  db: Db,
  query: AdminReviewListQuery,
  pageSize: number,
): Promise<{ reviews: AdminReview[]; total: number }> {
  const where = listFilter(query)
  const [totalRow] = await db
    .select({ n: count() })
    .from(reviews)
    .innerJoin(products, eq(products.id, reviews.productId))
    .where(where)
  const rows = await db
    .select(reviewColumns)
    .from(reviews)
    .innerJoin(products, eq(products.id, reviews.productId))
    .innerJoin(users, eq(users.id, reviews.userId))
    .where(where)
    .orderBy(
      query.status === 'pending' ? asc(reviews.createdAt) : desc(reviews.createdAt),
      query.status === 'pending' ? asc(reviews.id) : desc(reviews.id),
    )
    .limit(pageSize)
    .offset((query.page - 1) * pageSize)
  return { reviews: await toAdminReviews(db, rows), total: totalRow?.n ?? 0 }
}

export async function readAdminReview(db: Db, id: ReviewId): Promise<AdminReview | undefined> {
  const rows = await db
    .select(reviewColumns)
    .from(reviews)
    .innerJoin(products, eq(products.id, reviews.productId))
    .innerJoin(users, eq(users.id, reviews.userId))
    .where(eq(reviews.id, id))
  const [review] = await toAdminReviews(db, rows)
  return review
}

type ListedRow = {
  review: ReviewRow
  product: { id: string; slug: string; name: string }
  authorEmail: string
}

async function toAdminReviews(db: Db, rows: readonly ListedRow[]): Promise<AdminReview[]> {
  const ids = rows.map((r) => r.review.id)
  if (ids.length === 0) return []
  const [reports, photos] = await Promise.all([reportsOf(db, ids), photosOf(db, ids)])
  return rows.map(({ review, product, authorEmail }) => ({
    id: asReviewId(review.id),
    product,
    variantLabel: review.variantLabel,
    rating: review.rating as ReviewRating,
    title: review.title,
    body: review.body,
    authorName: review.authorName,
    authorEmail,
    verifiedPurchase: review.verifiedPurchase,
    status: review.status,
    holdReasons: review.holdReasons,
    rejectionReason: review.rejectionReason,
    reportCount: review.reportCount,
    reports: reports.filter((r) => r.reviewId === review.id).map(({ reason, count }) => ({ reason, count })),
    helpfulCount: review.helpfulCount,
    unhelpfulCount: review.unhelpfulCount,
    photos: photos.get(review.id) ?? [],
    reply:
      review.replyBody && review.repliedAt
        ? { body: review.replyBody, repliedAt: review.repliedAt.toISOString() }
        : null,
    locale: review.locale,
    createdAt: review.createdAt.toISOString(),
    updatedAt: review.updatedAt.toISOString(),
  }))
}

async function reportsOf(db: Db, ids: string[]) {
  return db
    .select({ reviewId: reviewReports.reviewId, reason: reviewReports.reason, count: count() })
    .from(reviewReports)
    .where(inArray(reviewReports.reviewId, ids))
    .groupBy(reviewReports.reviewId, reviewReports.reason)
    .orderBy(desc(count()), asc(reviewReports.reason)) as Promise<
    { reviewId: string; reason: ReportReason; count: number }[]
  >
}

export async function countReviewQueue(db: Db): Promise<ReviewQueueCounts> {
  const [statusRows, reasonRows] = await Promise.all([
    db.select({ status: reviews.status, n: count() }).from(reviews).groupBy(reviews.status),
    db
      .select({ reason: sql<string>`unnest(${reviews.holdReasons})`.as('reason'), n: count() })
      .from(reviews)
      .where(eq(reviews.status, 'pending'))
      .groupBy(sql`1`),
  ])
  const byStatus = Object.fromEntries(reviewStatuses.map((s) => [s, 0])) as Record<ReviewStatus, number>
  for (const row of statusRows) byStatus[row.status] = row.n
  const pendingByReason = Object.fromEntries(holdReasons.map((r) => [r, 0])) as Record<
    (typeof holdReasons)[number],
    number
  >
  for (const row of reasonRows)
    if (row.reason in pendingByReason) pendingByReason[row.reason as keyof typeof pendingByReason] = row.n
  return { byStatus, pendingByReason }
}

export async function countPendingReviews(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(reviews).where(eq(reviews.status, 'pending'))
  return row?.n ?? 0
}

/**
 * The decision's one write: it applies only while the review is still in `expected`, so of two
 * admins deciding at once the second changes nothing (and is told). Undefined when it moved.
 */
export async function changeReviewStatus(
  tx: Db,
  id: ReviewId,
  expected: ReviewStatus,
  change: { status: ReviewStatus; rejectionReason: string | null; now: Date },
): Promise<ReviewRow | undefined> {
  const [row] = await tx
    .update(reviews)
    .set({
      status: change.status,
      rejectionReason: change.rejectionReason,
      updatedAt: change.now,
      ...(change.status === 'published' ? { publishedAt: change.now } : {}),
    })
    .where(and(eq(reviews.id, id), eq(reviews.status, expected)))
    .returning()
  return row
}

export async function lockReview(tx: Db, id: ReviewId): Promise<ReviewRow | undefined> {
  const [row] = await tx.select().from(reviews).where(eq(reviews.id, id)).for('update')
  return row
}

export async function setReviewReply(tx: Db, id: ReviewId, body: string | null, now: Date): Promise<void> {
  await tx
    .update(reviews)
    .set({ replyBody: body, repliedAt: body === null ? null : now })
    .where(eq(reviews.id, id))
}

/** The author's address and the product's name and slug, for the email of a decision. */
export async function readReviewContext(tx: Db, row: ReviewRow) {
  const [context] = await tx
    .select({ email: users.email, productName: products.name, productSlug: products.slug })
    .from(users)
    .innerJoin(products, eq(products.id, row.productId))
    .where(eq(users.id, row.userId))
  if (!context) throw new Error(`review ${row.id} lost its author or product`)
  return context
}

export async function listReviewAudit(db: Db, id: ReviewId): Promise<ReviewAuditEntry[]> {
  const rows = await db
    .select({
      id: reviewAudit.id,
      action: reviewAudit.action,
      actorName: users.name,
      detail: reviewAudit.detail,
      createdAt: reviewAudit.createdAt,
    })
    .from(reviewAudit)
    .leftJoin(users, eq(users.id, reviewAudit.actorId))
    .where(eq(reviewAudit.reviewId, id))
    .orderBy(asc(reviewAudit.id))
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }))
}

export async function readReviewSettings(db: Db): Promise<ReviewSettings> {
  const [row] = await db
    .select({
      moderation: reviewSettings.moderation,
      requestDelayDays: reviewSettings.requestDelayDays,
      reportThreshold: reviewSettings.reportThreshold,
    })
    .from(reviewSettings)
  // Migration 0017 inserts the one row; a missing row reads as its defaults.
  return row ?? { moderation: 'publish', requestDelayDays: 7, reportThreshold: 3 }
}

export async function writeReviewSettings(db: Db, settings: ReviewSettings, now: Date): Promise<void> {
  await db
    .insert(reviewSettings)
    .values({ id: true, ...settings, updatedAt: now })
    .onConflictDoUpdate({ target: reviewSettings.id, set: { ...settings, updatedAt: now } })
}
