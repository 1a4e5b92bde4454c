/**
 * Product reviews (issue 15): the shapes both sides use. A review is written by a signed-in
 * customer, one per product, and is shown only once `published`. The product's rating summary is
 * kept as star counts on the product row (`ratingCounts`), in the same transaction as every change
 * of a published review, so the catalog sync and the search index carry it (decision 0024).
 */
import type { Brand, ProductId, VariantId } from '../ids.ts'

export type ReviewId = Brand<string, 'ReviewId'>
export const asReviewId = (id: string): ReviewId => id as ReviewId
export type ReviewPhotoId = Brand<string, 'ReviewPhotoId'>
export const asReviewPhotoId = (id: string): ReviewPhotoId => id as ReviewPhotoId

export const reviewRatings = [1, 2, 3, 4, 5] as const
export type ReviewRating = (typeof reviewRatings)[number]

/** `pending`: waiting for moderation (held by the shop's setting, a rule or reports); `rejected` carries a reason the author sees. */
export const reviewStatuses = ['pending', 'published', 'rejected'] as const
export type ReviewStatus = (typeof reviewStatuses)[number]

/** Why a review was held for moderation instead of being published at once. */
export const holdReasons = ['shop_setting', 'links', 'profanity', 'repeated_text', 'new_account', 'reports'] as const
export type HoldReason = (typeof holdReasons)[number]

/** What a `review_audit` row records: a change of the review or a moderation decision. */
export const reviewAuditActions = [
  'written',
  'edited',
  'deleted',
  'held',
  'published',
  'rejected',
  'reported',
  'returned_to_moderation',
  'replied',
  'reply_removed',
] as const
export type ReviewAuditAction = (typeof reviewAuditActions)[number]

export const reportReasons = ['spam', 'offensive', 'off_topic', 'fake', 'other'] as const
export type ReportReason = (typeof reportReasons)[number]

/** Counts of 1- to 5-star published reviews, index 0 = 1 star. */
export type RatingCounts = readonly [number, number, number, number, number]

export const noRatings: RatingCounts = [0, 0, 0, 0, 0]

/** What the product page's summary shows. `average` is null without reviews; else rounded to one decimal. */
export type RatingSummary = {
  readonly average: number | null
  readonly count: number
  /** Reviews per star, keys "1" … "5". */
  readonly distribution: Readonly<Record<'1' | '2' | '3' | '4' | '5', number>>
}

export const reviewSorts = ['helpful', 'newest', 'highest', 'lowest'] as const
export type ReviewSort = (typeof reviewSorts)[number]

export const reviewPageSize = 10

/** The SSE event of `/api/admin/reviews/stream`; its data is `ReviewQueueCounts` (admin-review-schema.ts). */
export const reviewQueueEvent = 'review-queue'

export type ReviewPhoto = {
  readonly id: ReviewPhotoId
  /** Same-origin URL of the re-encoded image (WebP, metadata stripped). */
  readonly url: string
  readonly width: number
  readonly height: number
}

export type ShopReply = { readonly body: string; readonly repliedAt: string }

/** A published review as every shopper sees it. Text is plain text: always rendered as text. */
export type PublicReview = {
  readonly id: ReviewId
  readonly productId: ProductId
  readonly variantId: VariantId | null
  /** "Size 42 · Black" as the variant was named when written; empty without variants. */
  readonly variantLabel: string
  readonly rating: ReviewRating
  readonly title: string
  readonly body: string
  /** The author's first name and initial ("Anna K."). */
  readonly authorName: string
  readonly verifiedPurchase: boolean
  /** Shoppers who found it helpful, and who did not: "most helpful" ranks by a confidence bound on both. */
  readonly helpfulCount: number
  readonly unhelpfulCount: number
  readonly photos: readonly ReviewPhoto[]
  readonly reply: ShopReply | null
  readonly locale: string
  readonly createdAt: string
  readonly updatedAt: string
  /** The vote of the shopper asking: null when none (and for guests). */
  readonly myVote: HelpfulVote | null
}

export type HelpfulVote = 'helpful' | 'unhelpful'

/** The author's own review, in any status, with what moderation decided. */
export type OwnReview = Omit<PublicReview, 'myVote'> & {
  readonly status: ReviewStatus
  /** Shown to the author when `rejected`. */
  readonly rejectionReason: string | null
}

/** `GET /api/products/:slug/reviews`. */
export type ReviewPage = {
  readonly summary: RatingSummary
  readonly reviews: readonly PublicReview[]
  readonly page: number
  readonly pageSize: number
  readonly total: number
  /** The signed-in shopper's own review of the product, whatever its status; null otherwise. */
  readonly own: OwnReview | null
}

/** What the shopper is told once a review sent from the device reached the server. */
export type ReviewOutcome =
  | { readonly kind: 'published'; readonly review: OwnReview }
  | { readonly kind: 'pending'; readonly review: OwnReview }
  | { readonly kind: 'refused'; readonly code: string; readonly field?: string }
