/**
 * Shoppers' feedback on others' reviews: helpful votes and reports. Both take the review's row lock
 * first, so concurrent votes on one review serialise and each moves the counters by what it really
 * changed (its own previous vote read under the lock); the counts always equal a recount of the votes.
 */
import { ErrorCode } from '../../shared/errors.ts'
import type { ProductId } from '../../shared/ids.ts'
import { asReviewId, type HelpfulVote, type ReportReason } from '../../shared/reviews/review.ts'
import { publishCatalogChanged } from '../events/catalog-changed.ts'
import type { Db } from '../platform/db.ts'
import { AppError } from '../platform/http-errors.ts'
import { recordReviewAudit } from './review-audit.repository.ts'
import { publishReviewsChanged } from './review-events.ts'
import { countReport, hasReported, insertReport, moveVoteCounts, setVote } from './review-feedback.repository.ts'
import { countedRating, moveProductRating } from './review-ratings.repository.ts'
import { lockReview, type ReviewRow, readReviewSettings, updateReview } from './reviews.repository.ts'
import type { ReviewDeps } from './reviews.service.ts'

export type VoteAnswer = {
  readonly helpfulCount: number
  readonly unhelpfulCount: number
  readonly myVote: HelpfulVote | null
}

/** A published review of someone else, locked. Unpublished ones are unknown to other shoppers. */
async function lockOthersReview(tx: Db, id: string, userId: string): Promise<ReviewRow> {
  const review = await lockReview(tx, id)
  if (review?.status !== 'published') throw new AppError(ErrorCode.NotFound, 'No such review.')
  if (review.userId === userId) throw new AppError(ErrorCode.OwnReview, 'This is your own review.')
  return review
}

const asHelpful = (vote: HelpfulVote | null) => (vote === null ? null : vote === 'helpful')
const delta = (before: boolean | null, after: boolean | null, side: boolean) =>
  (after === side ? 1 : 0) - (before === side ? 1 : 0)

/** Sets the account's vote (null takes it back); repeating a vote changes nothing. */
export async function voteOnReview(
  deps: ReviewDeps,
  userId: string,
  id: string,
  vote: HelpfulVote | null,
): Promise<VoteAnswer> {
  const { answer, changed } = await deps.db.transaction(async (tx) => {
    const review = await lockOthersReview(tx, id, userId)
    const reviewId = asReviewId(review.id)
    const after = asHelpful(vote)
    const before = await setVote(tx, reviewId, userId, after)
    const counts = await moveVoteCounts(tx, reviewId, delta(before, after, true), delta(before, after, false))
    return { answer: { ...counts, myVote: vote }, changed: before !== after }
  })
  // The review lists shown to guests are cached until a review changes (reviews.routes.ts).
  if (changed) await publishReviewsChanged(deps)
  return answer
}

/**
 * Counts the account's first report of the review; at the shop's threshold a published review goes
 * back to moderation (its stars leave the product's counts). A second report changes nothing.
 */
export async function reportReview(
  deps: ReviewDeps,
  userId: string,
  id: string,
  report: { reason: ReportReason; note: string },
): Promise<void> {
  const { reportThreshold } = await readReviewSettings(deps.db)
  const outcome = await deps.db.transaction(async (tx) => {
    // A report resent after the reports took the review out of view is answered as the first was.
    if (await hasReported(tx, id, userId)) return { reported: false, moved: false }
    const review = await lockOthersReview(tx, id, userId)
    const reviewId = asReviewId(review.id)
    const productId = review.productId as ProductId
    if (!(await insertReport(tx, { reviewId, userId, ...report }))) return { reported: false, moved: false }
    const reports = await countReport(tx, reviewId)
    await recordReviewAudit(tx, {
      reviewId,
      productId,
      actorId: userId,
      action: 'reported',
      detail: { reason: report.reason },
    })
    if (reports < reportThreshold) return { reported: true, moved: false }
    const holdReasons = [...new Set([...review.holdReasons, 'reports' as const])]
    await updateReview(tx, reviewId, { status: 'pending', holdReasons })
    await moveProductRating(tx, productId, countedRating(review), null)
    await recordReviewAudit(tx, {
      reviewId,
      productId,
      actorId: null,
      action: 'returned_to_moderation',
      detail: { reports },
    })
    return { reported: true, moved: true }
  })
  if (outcome.moved) await publishCatalogChanged(deps)
  if (outcome.reported) await publishReviewsChanged(deps)
}
