/**
 * The reviews a product page names in its JSON-LD (server/pages/structured-data.ts): a few published
 * ones, most helpful first, read with one query. "Most helpful" here is the raw helpful count, then
 * the newest; the review list's own order (a Wilson-score bound on helpful and unhelpful votes) is the
 * review API's, and these may move to it once it is shared.
 */
import { and, desc, eq, sql } from 'drizzle-orm'
import type { ProductId } from '../../shared/ids.ts'
import type { ReviewRating } from '../../shared/reviews/review.ts'
import { reviews } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

/** Search engines show a handful; more would only grow every product page. */
export const maxReviewSnippets = 5

/** A published review as rich results describe it. Text is the author's, as written. */
export type ReviewSnippet = {
  readonly authorName: string
  readonly rating: ReviewRating
  readonly title: string
  readonly body: string
  /** ISO 8601. */
  readonly publishedAt: string
}

export async function listReviewSnippets(db: Db, productId: ProductId): Promise<ReviewSnippet[]> {
  // A review published before `published_at` was kept has only its creation time.
  const published = sql<Date>`coalesce(${reviews.publishedAt}, ${reviews.createdAt})`
  const rows = await db
    .select({
      authorName: reviews.authorName,
      rating: reviews.rating,
      title: reviews.title,
      body: reviews.body,
      publishedAt: published.mapWith(reviews.createdAt),
    })
    .from(reviews)
    .where(and(eq(reviews.productId, productId), eq(reviews.status, 'published')))
    .orderBy(desc(reviews.helpfulCount), desc(published), reviews.id)
    .limit(maxReviewSnippets)
  return rows.map((row) => ({
    authorName: row.authorName,
    // The table's check constraint keeps a rating within 1–5.
    rating: row.rating as ReviewRating,
    title: row.title,
    body: row.body,
    publishedAt: row.publishedAt.toISOString(),
  }))
}
