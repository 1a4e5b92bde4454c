/**
 * The reviews a product page names in its JSON-LD (server/pages/structured-data.ts): a few published
 * ones, in the review list's "most helpful" order (the first ones a shopper sees), read with one query.
 */
import { and, eq, sql } from 'drizzle-orm'
import type { ProductId } from '../../shared/ids.ts'
import type { ReviewRating } from '../../shared/reviews/review.ts'
import { reviews } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'
import { mostHelpfulFirst } from './reviews.repository.ts'

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
    .orderBy(...mostHelpfulFirst())
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
