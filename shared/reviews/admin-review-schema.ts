/**
 * Wire shapes of the admin's review moderation (`/api/admin/reviews`, issue 15): the queue, the
 * decisions (approve, reject with a reason, reply), the audit trail, the shop's review settings and
 * the queue counts the live stream sends.
 */
import { z } from 'zod'
import type {
  HoldReason,
  ReportReason,
  ReviewId,
  ReviewPhoto,
  ReviewRating,
  ReviewStatus,
  ShopReply,
} from './review.ts'
import { holdReasons, reviewStatuses } from './review.ts'
import { reviewLimits } from './review-schema.ts'

export const adminReviewPageSize = 20

/** Query of `GET /api/admin/reviews`. `q` matches the product's slug or name. */
export const adminReviewListQuery = z
  .object({
    status: z.enum(reviewStatuses).default('pending'),
    holdReason: z.enum(holdReasons).optional(),
    rating: z.coerce.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5').optional(),
    q: z.string().trim().max(200).optional(),
    page: z.coerce.number().int().min(1, 'must be 1 or more').max(10_000).default(1),
  })
  .strict()
export type AdminReviewListQuery = z.infer<typeof adminReviewListQuery>

export const adminReviewIdParam = z.object({ id: z.uuid('must be a UUID') }).strict()

/**
 * `POST /api/admin/reviews/:id/approve`. `expectedStatus` is the status the admin saw: the decision
 * applies only while the review still has it (409 EDIT_CONFLICT otherwise), so two admins deciding
 * at once never overwrite each other. A rejected review can be approved after all.
 */
export const approveReviewInput = z
  .object({ expectedStatus: z.enum(['pending', 'rejected']).default('pending') })
  .strict()

/** `POST /api/admin/reviews/:id/reject`: the author reads the reason. A published review can be taken down. */
export const rejectReviewInput = z
  .object({
    reason: z.string().trim().min(1, 'is required').max(reviewLimits.rejectionReasonMax),
    expectedStatus: z.enum(['pending', 'published']).default('pending'),
  })
  .strict()
export type RejectReviewInput = z.infer<typeof rejectReviewInput>

/** `PUT /api/admin/reviews/:id/reply`: the shop's public answer, shown under the review. */
export const replyReviewInput = z
  .object({ body: z.string().trim().min(1, 'is required').max(reviewLimits.replyMax) })
  .strict()
export type ReplyReviewInput = z.infer<typeof replyReviewInput>

export const reviewModerationModes = ['publish', 'hold'] as const
export type ReviewModerationMode = (typeof reviewModerationModes)[number]

/** `GET` / `PUT /api/admin/reviews/settings`. */
export const reviewSettingsInput = z
  .object({
    moderation: z.enum(reviewModerationModes),
    requestDelayDays: z.number().int('must be whole days').min(0, 'must be 0 to 90').max(90, 'must be 0 to 90'),
    reportThreshold: z.number().int('must be a whole number').min(1, 'must be 1 to 100').max(100, 'must be 1 to 100'),
  })
  .strict()
export type ReviewSettings = z.infer<typeof reviewSettingsInput>

/** One review as the admin sees it: the author's email and every moderation detail. */
export type AdminReview = {
  readonly id: ReviewId
  readonly product: { readonly id: string; readonly slug: string; readonly name: string }
  readonly variantLabel: string
  readonly rating: ReviewRating
  readonly title: string
  readonly body: string
  readonly authorName: string
  readonly authorEmail: string
  readonly verifiedPurchase: boolean
  readonly status: ReviewStatus
  readonly holdReasons: readonly HoldReason[]
  readonly rejectionReason: string | null
  readonly reportCount: number
  /** Each reason reported, with how many accounts gave it. */
  readonly reports: readonly { readonly reason: ReportReason; readonly count: number }[]
  readonly helpfulCount: number
  readonly unhelpfulCount: number
  readonly photos: readonly ReviewPhoto[]
  readonly reply: ShopReply | null
  readonly locale: string
  readonly createdAt: string
  readonly updatedAt: string
}

/** What the tabs and the live stream show: reviews per status, and pending ones per hold reason. */
export type ReviewQueueCounts = {
  readonly byStatus: Readonly<Record<ReviewStatus, number>>
  readonly pendingByReason: Readonly<Record<HoldReason, number>>
}

export type AdminReviewList = {
  readonly reviews: readonly AdminReview[]
  readonly page: number
  readonly pageSize: number
  readonly total: number
  readonly counts: ReviewQueueCounts
}

/** One row of a review's audit trail; `actorName` null: the system (a rule, the report threshold). */
export type ReviewAuditEntry = {
  readonly id: number
  readonly action: string
  readonly actorName: string | null
  readonly detail: Readonly<Record<string, unknown>>
  readonly createdAt: string
}
