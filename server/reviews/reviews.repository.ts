/** The SQL of the shopper's side of reviews: the product's page of reviews, one review, its writes and photos' claims. */
import { and, asc, count, desc, eq, inArray, isNull, ne, notInArray, type SQL, sql } from 'drizzle-orm'
import type { ProductOption } from '../../shared/catalog/product.ts'
import { asProductId, asVariantId, type ProductId, type VariantId } from '../../shared/ids.ts'
import { wilsonZ } from '../../shared/reviews/helpfulness.ts'
import type { ReviewModeration } from '../../shared/reviews/moderation.ts'
import {
  asReviewId,
  asReviewPhotoId,
  type HelpfulVote,
  type OwnReview,
  type PublicReview,
  type RatingCounts,
  type ReviewId,
  type ReviewPhoto,
  type ReviewRating,
} from '../../shared/reviews/review.ts'
import type { ReviewListQuery } from '../../shared/reviews/review-schema.ts'
import {
  orderLines,
  orders,
  products,
  productVariants,
  reviewPhotos,
  reviewSettings,
  reviews,
  reviewVotes,
} from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export type ReviewRow = typeof reviews.$inferSelect
export type NewReviewRow = typeof reviews.$inferInsert

export const reviewPhotoUrl = (id: string) => `/media/reviews/${id}.webp`

export type ReviewedProduct = {
  readonly id: ProductId
  readonly options: readonly ProductOption[]
  readonly ratingCounts: RatingCounts
}

/** A live product by slug. */
export async function findProductBySlug(db: Db, slug: string): Promise<ReviewedProduct | undefined> {
  const [row] = await db
    .select({ id: products.id, options: products.options, ratingCounts: products.ratingCounts })
    .from(products)
    .where(and(eq(products.slug, slug), isNull(products.deletedAt)))
  if (!row) return undefined
  const [a = 0, b = 0, c = 0, d = 0, e = 0] = row.ratingCounts
  return { id: asProductId(row.id), options: row.options, ratingCounts: [a, b, c, d, e] }
}

/** The product's live variants: their ids and option values. */
export async function liveVariantsOf(
  db: Db,
  productId: ProductId,
): Promise<{ id: VariantId; optionValues: Record<string, string> }[]> {
  const rows = await db
    .select({ id: productVariants.id, optionValues: productVariants.optionValues })
    .from(productVariants)
    .where(and(eq(productVariants.productId, productId), isNull(productVariants.deletedAt)))
  return rows.map((row) => ({ id: asVariantId(row.id), optionValues: row.optionValues }))
}

export async function readReviewSettings(db: Db): Promise<{ moderation: ReviewModeration; reportThreshold: number }> {
  const [row] = await db
    .select({ moderation: reviewSettings.moderation, reportThreshold: reviewSettings.reportThreshold })
    .from(reviewSettings)
  return row ?? { moderation: 'publish', reportThreshold: 3 }
}

/** The bodies of the author's reviews other than `exceptId`. */
export async function otherBodiesOf(db: Db, userId: string, exceptId?: ReviewId): Promise<string[]> {
  const rows = await db
    .select({ body: reviews.body })
    .from(reviews)
    .where(exceptId ? and(eq(reviews.userId, userId), ne(reviews.id, exceptId)) : eq(reviews.userId, userId))
  return rows.map((row) => row.body)
}

/**
 * Whether the account bought the product in an order that is paid and not given back: a partly
 * refunded order counts unless its refunds reach its total (refunds are stored per order, not per line).
 */
export async function hasBought(db: Db, userId: string, productId: ProductId): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(
      and(
        eq(orders.userId, userId),
        eq(orderLines.productId, productId),
        inArray(orders.status, ['paid', 'fulfilling', 'shipped', 'delivered', 'partially_refunded']),
        sql`${orders.refundedTotal} < ${orders.grandTotal}`,
      ),
    )
  return (row?.n ?? 0) > 0
}

/** Inserts the review unless a unique key (one per author and product, the mutation id) holds it; undefined then. */
export async function insertReview(db: Db, values: NewReviewRow): Promise<ReviewRow | undefined> {
  const [row] = await db.insert(reviews).values(values).onConflictDoNothing().returning()
  return row
}

export async function findReviewByMutationId(db: Db, mutationId: string): Promise<ReviewRow | undefined> {
  const [row] = await db.select().from(reviews).where(eq(reviews.mutationId, mutationId))
  return row
}

/** The review, locked until the transaction ends: every change of a review's status, stars or counts takes it first. */
export async function lockReview(tx: Db, id: string): Promise<ReviewRow | undefined> {
  const [row] = await tx.select().from(reviews).where(eq(reviews.id, id)).for('update')
  return row
}

export async function updateReview(tx: Db, id: ReviewId, values: Partial<typeof reviews.$inferInsert>): Promise<void> {
  await tx.update(reviews).set(values).where(eq(reviews.id, id))
}

export async function deleteReviewRow(tx: Db, id: ReviewId): Promise<void> {
  await tx.delete(reviews).where(eq(reviews.id, id))
}

/**
 * Gives the review exactly these photos of its author, in this order: unclaimed ones are claimed,
 * ones it no longer names are deleted. False when an id is not the author's or belongs to another review.
 */
export async function setReviewPhotos(
  tx: Db,
  reviewId: ReviewId,
  userId: string,
  photoIds: readonly string[],
): Promise<boolean> {
  const keep = photoIds.length > 0 ? notInArray(reviewPhotos.id, [...photoIds]) : undefined
  await tx.delete(reviewPhotos).where(and(eq(reviewPhotos.reviewId, reviewId), keep))
  for (const [position, id] of photoIds.entries()) {
    const claimed = await tx
      .update(reviewPhotos)
      .set({ reviewId, position })
      .where(
        and(
          eq(reviewPhotos.id, id),
          eq(reviewPhotos.userId, userId),
          sql`(${reviewPhotos.reviewId} is null or ${reviewPhotos.reviewId} = ${reviewId})`,
        ),
      )
      .returning({ id: reviewPhotos.id })
    if (claimed.length === 0) return false
  }
  return true
}

/** The photos of each review, in their order (the list, the author's own review and the admin queue). */
export async function photosOf(db: Db, reviewIds: readonly string[]): Promise<Map<string, ReviewPhoto[]>> {
  const byReview = new Map<string, ReviewPhoto[]>()
  if (reviewIds.length === 0) return byReview
  const rows = await db
    .select({
      id: reviewPhotos.id,
      reviewId: reviewPhotos.reviewId,
      width: reviewPhotos.width,
      height: reviewPhotos.height,
    })
    .from(reviewPhotos)
    .where(inArray(reviewPhotos.reviewId, [...reviewIds]))
    .orderBy(asc(reviewPhotos.position))
  for (const row of rows) {
    if (!row.reviewId) continue
    const list = byReview.get(row.reviewId) ?? []
    list.push({ id: asReviewPhotoId(row.id), url: reviewPhotoUrl(row.id), width: row.width, height: row.height })
    byReview.set(row.reviewId, list)
  }
  return byReview
}

function toPublicReview(row: ReviewRow, photos: readonly ReviewPhoto[], myVote: HelpfulVote | null): PublicReview {
  return {
    id: asReviewId(row.id),
    productId: asProductId(row.productId),
    variantId: row.variantId ? asVariantId(row.variantId) : null,
    variantLabel: row.variantLabel,
    rating: row.rating as ReviewRating,
    title: row.title,
    body: row.body,
    authorName: row.authorName,
    verifiedPurchase: row.verifiedPurchase,
    helpfulCount: row.helpfulCount,
    unhelpfulCount: row.unhelpfulCount,
    photos,
    reply: row.replyBody && row.repliedAt ? { body: row.replyBody, repliedAt: row.repliedAt.toISOString() } : null,
    locale: row.locale,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    myVote,
  }
}

/** The author's view of a review, photos included. */
export async function readOwnReview(db: Db, id: string): Promise<OwnReview | undefined> {
  const [row] = await db.select().from(reviews).where(eq(reviews.id, id))
  if (!row) return undefined
  const { myVote: _, ...review } = toPublicReview(row, (await photosOf(db, [row.id])).get(row.id) ?? [], null)
  return { ...review, status: row.status, rejectionReason: row.rejectionReason }
}

/** The author's review of the product, whatever its status. */
export async function findOwnReviewId(db: Db, productId: ProductId, userId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: reviews.id })
    .from(reviews)
    .where(and(eq(reviews.productId, productId), eq(reviews.userId, userId)))
  return row?.id
}

/**
 * The Wilson lower bound of shared/reviews/helpfulness.ts in SQL, operation for operation (and z²
 * passed as the same double), so the database orders exactly as the shared function scores.
 */
export function helpfulnessScoreSql(): SQL<number> {
  const n = sql`(${reviews.helpfulCount} + ${reviews.unhelpfulCount})::float8`
  const p = sql`(${reviews.helpfulCount}::float8 / ${n})`
  const z2 = sql`${wilsonZ * wilsonZ}::float8`
  return sql<number>`case when ${reviews.helpfulCount} > 0 then
    (${p} + ${z2} / (2 * ${n}) - ${wilsonZ}::float8 * sqrt((${p} * (1 - ${p}) + ${z2} / (4 * ${n})) / ${n})) / (1 + ${z2} / ${n})
    else 0::float8 end`
}

/** "Most helpful" first: by the score, then more helpful votes, then the newest (the list and the JSON-LD). */
export function mostHelpfulFirst(): SQL[] {
  return [desc(helpfulnessScoreSql()), desc(reviews.helpfulCount), desc(reviews.createdAt), desc(reviews.id)]
}

function orderOf(sort: ReviewListQuery['sort']): SQL[] {
  const newest = [desc(reviews.createdAt), desc(reviews.id)]
  if (sort === 'helpful') return mostHelpfulFirst()
  if (sort === 'highest') return [desc(reviews.rating), ...newest]
  if (sort === 'lowest') return [asc(reviews.rating), ...newest]
  return newest
}

/** One page of the product's published reviews, with the asking account's votes. */
export async function listPublishedReviews(
  db: Db,
  productId: ProductId,
  query: ReviewListQuery,
  pageSize: number,
  viewerId: string | null,
): Promise<{ reviews: PublicReview[]; total: number }> {
  const where = and(
    eq(reviews.productId, productId),
    eq(reviews.status, 'published'),
    query.rating ? eq(reviews.rating, query.rating) : undefined,
    query.verified ? eq(reviews.verifiedPurchase, true) : undefined,
    query.withPhotos
      ? sql`exists (select 1 from ${reviewPhotos} where ${reviewPhotos.reviewId} = ${reviews.id})`
      : undefined,
  )
  const [counted] = await db.select({ n: count() }).from(reviews).where(where)
  const rows = await db
    .select({ review: reviews, helpful: reviewVotes.helpful })
    .from(reviews)
    .leftJoin(reviewVotes, and(eq(reviewVotes.reviewId, reviews.id), eq(reviewVotes.userId, viewerId ?? sql`null`)))
    .where(where)
    .orderBy(...orderOf(query.sort))
    .limit(pageSize)
    .offset((query.page - 1) * pageSize)
  const photos = await photosOf(
    db,
    rows.map((row) => row.review.id),
  )
  return {
    total: counted?.n ?? 0,
    reviews: rows.map(({ review, helpful }) =>
      toPublicReview(review, photos.get(review.id) ?? [], helpful === null ? null : helpful ? 'helpful' : 'unhelpful'),
    ),
  }
}
