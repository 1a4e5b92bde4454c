/** The SQL of votes and reports on reviews; the caller holds the review's row lock (reviews.repository.ts lockReview). */
import { and, eq, sql } from 'drizzle-orm'
import type { ReportReason, ReviewId } from '../../shared/reviews/review.ts'
import { reviewReports, reviews, reviewVotes } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

/** Sets (or, with null, removes) the account's vote and answers the vote it replaced. */
export async function setVote(
  tx: Db,
  reviewId: ReviewId,
  userId: string,
  helpful: boolean | null,
): Promise<boolean | null> {
  const where = and(eq(reviewVotes.reviewId, reviewId), eq(reviewVotes.userId, userId))
  const [previous] = await tx.select({ helpful: reviewVotes.helpful }).from(reviewVotes).where(where)
  if (helpful === null) await tx.delete(reviewVotes).where(where)
  else
    await tx
      .insert(reviewVotes)
      .values({ reviewId, userId, helpful })
      .onConflictDoUpdate({ target: [reviewVotes.reviewId, reviewVotes.userId], set: { helpful } })
  return previous?.helpful ?? null
}

/** Moves the review's vote counters by the given deltas and answers them as they are now. */
export async function moveVoteCounts(
  tx: Db,
  reviewId: ReviewId,
  helpfulDelta: number,
  unhelpfulDelta: number,
): Promise<{ helpfulCount: number; unhelpfulCount: number }> {
  const [row] = await tx
    .update(reviews)
    .set({
      helpfulCount: sql`${reviews.helpfulCount} + ${helpfulDelta}`,
      unhelpfulCount: sql`${reviews.unhelpfulCount} + ${unhelpfulDelta}`,
    })
    .where(eq(reviews.id, reviewId))
    .returning({ helpfulCount: reviews.helpfulCount, unhelpfulCount: reviews.unhelpfulCount })
  if (!row) throw new Error(`review ${reviewId} vanished under its lock`)
  return row
}

/** Records the account's report; false when it had reported the review already. */
export async function insertReport(
  tx: Db,
  report: { reviewId: ReviewId; userId: string; reason: ReportReason; note: string },
): Promise<boolean> {
  const inserted = await tx
    .insert(reviewReports)
    .values(report)
    .onConflictDoNothing()
    .returning({ reviewId: reviewReports.reviewId })
  return inserted.length > 0
}

export async function hasReported(db: Db, reviewId: string, userId: string): Promise<boolean> {
  const rows = await db
    .select({ reviewId: reviewReports.reviewId })
    .from(reviewReports)
    .where(and(eq(reviewReports.reviewId, reviewId), eq(reviewReports.userId, userId)))
  return rows.length > 0
}

/** Adds one to the report count and answers the new count. */
export async function countReport(tx: Db, reviewId: ReviewId): Promise<number> {
  const [row] = await tx
    .update(reviews)
    .set({ reportCount: sql`${reviews.reportCount} + 1` })
    .where(eq(reviews.id, reviewId))
    .returning({ reportCount: reviews.reportCount })
  if (!row) throw new Error(`review ${reviewId} vanished under its lock`)
  return row.reportCount
}
