/**
 * The product's star counts (`products.rating_counts`) move with every change of a published review,
 * in the caller's transaction (decision 0024). One UPDATE adds a delta to each star: the row lock it
 * takes orders concurrent changes of one product, and nothing is read and written back, so none is lost.
 */
import { and, count, eq, sql } from 'drizzle-orm'
import type { ProductId } from '../../shared/ids.ts'
import type { ReviewRating, ReviewStatus } from '../../shared/reviews/review.ts'
import { products, reviews } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

/** The stars a review adds to its product's counts: only a published review counts. */
export function countedRating(review: { readonly status: ReviewStatus; readonly rating: number }): ReviewRating | null {
  return review.status === 'published' ? (review.rating as ReviewRating) : null
}

/**
 * Moves one review's stars from `before` to `after` (null: not counted) in the product's counts.
 * No write when nothing moves, so an unchanged product keeps its version (and its caches).
 */
export async function moveProductRating(
  tx: Db,
  productId: ProductId,
  before: ReviewRating | null,
  after: ReviewRating | null,
): Promise<void> {
  if (before === after) return
  const delta = (stars: number) => (stars === before ? -1 : 0) + (stars === after ? 1 : 0)
  await tx
    .update(products)
    .set({
      ratingCounts: sql`array[
        ${products.ratingCounts}[1] + ${delta(1)}, ${products.ratingCounts}[2] + ${delta(2)},
        ${products.ratingCounts}[3] + ${delta(3)}, ${products.ratingCounts}[4] + ${delta(4)},
        ${products.ratingCounts}[5] + ${delta(5)}
      ]::integer[]`,
    })
    .where(eq(products.id, productId))
}

/** The counts recomputed from the reviews: what the maintained counts must always equal (tests, repair). */
export async function recountProductRatings(db: Db, productId: ProductId): Promise<number[]> {
  const rows = await db
    .select({ rating: reviews.rating, n: count() })
    .from(reviews)
    .where(and(eq(reviews.productId, productId), eq(reviews.status, 'published')))
    .groupBy(reviews.rating)
  const counts = [0, 0, 0, 0, 0]
  for (const row of rows) counts[row.rating - 1] = row.n
  return counts
}
