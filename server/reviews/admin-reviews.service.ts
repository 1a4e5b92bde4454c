/**
 * The admin's review moderation (issue 15). Each decision is one transaction: the conditional status
 * change (a decision applies only to the status the admin saw, so of two concurrent decisions the
 * second is a 409 and nothing is lost), the product's star counts, the audit row with the admin as
 * actor, and the author's email in the outbox. Pokes go out after the commit.
 */
import { ErrorCode } from '../../shared/errors.ts'
import { asProductId } from '../../shared/ids.ts'
import {
  type AdminReview,
  type AdminReviewList,
  type AdminReviewListQuery,
  adminReviewPageSize,
  type ReviewAuditEntry,
  type ReviewSettings,
} from '../../shared/reviews/admin-review-schema.ts'
import { asReviewId, type ReviewId, type ReviewStatus } from '../../shared/reviews/review.ts'
import { enqueueEmail } from '../email/email-outbox.repository.ts'
import { emailLocaleOf } from '../email/templates/email-data.ts'
import { publishCatalogChanged } from '../events/catalog-changed.ts'
import type { AppDeps } from '../platform/app-env.ts'
import type { Db } from '../platform/db.ts'
import { AppError } from '../platform/http-errors.ts'
import {
  changeReviewStatus,
  countReviewQueue,
  listAdminReviews,
  listReviewAudit,
  lockReview,
  type ReviewRow,
  readAdminReview,
  readReviewContext,
  readReviewSettings,
  setReviewReply,
  writeReviewSettings,
} from './admin-reviews.repository.ts'
import { recordReviewAudit } from './review-audit.repository.ts'
import { publishReviewsChanged } from './review-events.ts'
import { countedRating, moveProductRating } from './review-ratings.repository.ts'

type Deps = Pick<AppDeps, 'db' | 'bus' | 'logger' | 'clock' | 'responseCache'>

export async function listReviewsForAdmin(
  deps: Pick<Deps, 'db'>,
  query: AdminReviewListQuery,
): Promise<AdminReviewList> {
  const [page, counts] = await Promise.all([
    listAdminReviews(deps.db, query, adminReviewPageSize),
    countReviewQueue(deps.db),
  ])
  return { ...page, page: query.page, pageSize: adminReviewPageSize, counts }
}

/** A decision: the status the admin saw (`from`) and the one it moves to. */
type Decision =
  | { readonly to: 'published'; readonly from: ReviewStatus }
  | { readonly to: 'rejected'; readonly from: ReviewStatus; readonly reason: string }

export async function decideReview(deps: Deps, actorId: string, id: string, decision: Decision): Promise<AdminReview> {
  const reviewId = asReviewId(id)
  const now = deps.clock()
  const countsMoved = await deps.db.transaction(async (tx) => {
    const rejectionReason = decision.to === 'rejected' ? decision.reason : null
    const row = await changeReviewStatus(tx, reviewId, decision.from, { status: decision.to, rejectionReason, now })
    if (!row) throw await decisionRefused(tx, reviewId, decision.from)
    const before = countedRating({ status: decision.from, rating: row.rating })
    const after = countedRating(row)
    await moveProductRating(tx, asProductId(row.productId), before, after)
    await recordReviewAudit(tx, {
      reviewId,
      productId: asProductId(row.productId),
      actorId,
      action: decision.to,
      detail: { from: decision.from, ...(rejectionReason ? { reason: rejectionReason } : {}) },
    })
    await enqueueDecisionEmail(tx, row, now)
    return before !== after
  })
  await afterCommit(deps, countsMoved)
  return readDecided(deps.db, reviewId)
}

/** 404 for a review that is gone; 409 with its status now when another decision came first. */
async function decisionRefused(tx: Db, id: ReviewId, expected: ReviewStatus): Promise<AppError> {
  const current = await lockReview(tx, id)
  if (!current) return new AppError(ErrorCode.NotFound, `No review ${id}.`)
  return new AppError(
    ErrorCode.EditConflict,
    `The review is ${current.status} now, not ${expected}.`,
    undefined,
    undefined,
    { status: current.status },
  )
}

async function enqueueDecisionEmail(tx: Db, row: ReviewRow, now: Date): Promise<void> {
  const context = await readReviewContext(tx, row)
  const base = {
    to: context.email,
    locale: emailLocaleOf(row.locale),
    dedupeKey: `review:${row.id}:${row.status}:${now.getTime()}`,
  }
  const data = {
    reviewId: row.id,
    productName: context.productName,
    productSlug: context.productSlug,
    title: row.title,
  }
  if (row.status === 'published') await enqueueEmail(tx, { ...base, template: 'review_published', data })
  if (row.status === 'rejected')
    await enqueueEmail(tx, {
      ...base,
      template: 'review_rejected',
      data: { ...data, reason: row.rejectionReason ?? '' },
    })
}

/**
 * Sets or changes the shop's reply (null removes it). The author hears of a new reply, not of an
 * edit of one they were already told about.
 */
export async function replyToReview(
  deps: Deps,
  actorId: string,
  id: string,
  body: string | null,
): Promise<AdminReview> {
  const reviewId = asReviewId(id)
  const now = deps.clock()
  await deps.db.transaction(async (tx) => {
    const row = await lockReview(tx, reviewId)
    if (!row) throw new AppError(ErrorCode.NotFound, `No review ${id}.`)
    if (body === null && row.replyBody === null) return
    await setReviewReply(tx, reviewId, body, now)
    await recordReviewAudit(tx, {
      reviewId,
      productId: asProductId(row.productId),
      actorId,
      action: body === null ? 'reply_removed' : 'replied',
      detail: body === null ? {} : { reply: body, edited: row.replyBody !== null },
    })
    if (body !== null && row.replyBody === null) {
      const context = await readReviewContext(tx, row)
      await enqueueEmail(tx, {
        dedupeKey: `review:${row.id}:replied:${now.getTime()}`,
        template: 'review_replied',
        to: context.email,
        locale: emailLocaleOf(row.locale),
        data: {
          reviewId: row.id,
          productName: context.productName,
          productSlug: context.productSlug,
          title: row.title,
          reply: body,
        },
      })
    }
  })
  // A reply shows on the product page, whose answers are cached with the catalog's.
  await afterCommit(deps, true)
  return readDecided(deps.db, reviewId)
}

async function afterCommit(deps: Deps, catalogChanged: boolean): Promise<void> {
  if (catalogChanged) await publishCatalogChanged(deps)
  await publishReviewsChanged(deps)
}

async function readDecided(db: Db, id: ReviewId): Promise<AdminReview> {
  const review = await readAdminReview(db, id)
  if (!review) throw new AppError(ErrorCode.NotFound, `No review ${id}.`)
  return review
}

export async function reviewAuditTrail(deps: Pick<Deps, 'db'>, id: string): Promise<ReviewAuditEntry[]> {
  return listReviewAudit(deps.db, asReviewId(id))
}

export async function reviewSettingsOf(deps: Pick<Deps, 'db'>): Promise<ReviewSettings> {
  return readReviewSettings(deps.db)
}

export async function changeReviewSettings(
  deps: Pick<Deps, 'db' | 'clock'>,
  settings: ReviewSettings,
): Promise<ReviewSettings> {
  await writeReviewSettings(deps.db, settings, deps.clock())
  return readReviewSettings(deps.db)
}
