/** The review audit trail (`review_audit`): one row per change of a review and per moderation decision. */
import type { ProductId } from '../../shared/ids.ts'
import type { ReviewAuditAction, ReviewId } from '../../shared/reviews/review.ts'
import { reviewAudit } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

/** Written in the transaction of the change it records. `actorId` null: the system (a rule, the report threshold). */
export async function recordReviewAudit(
  tx: Db,
  entry: {
    readonly reviewId: ReviewId
    readonly productId: ProductId
    readonly actorId: string | null
    readonly action: ReviewAuditAction
    readonly detail?: Record<string, unknown>
  },
): Promise<void> {
  await tx.insert(reviewAudit).values({
    reviewId: entry.reviewId,
    productId: entry.productId,
    actorId: entry.actorId,
    action: entry.action,
    detail: entry.detail ?? {},
  })
}
