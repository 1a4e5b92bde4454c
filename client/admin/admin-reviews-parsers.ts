/** Shape checks of the admin's review API answers (`/api/admin/reviews`); the client ships no zod. */
import type {
  AdminReview,
  AdminReviewList,
  AdminReviewListQuery,
  ReviewAuditEntry,
  ReviewQueueCounts,
  ReviewSettings,
} from '../../shared/reviews/admin-review-schema.ts'
import { holdReasons, reviewStatuses } from '../../shared/reviews/review.ts'
import { isRecord } from '../orders/parse-order.ts'

const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0
const isString = (value: unknown): value is string => typeof value === 'string'

export function parseReviewQueueCounts(body: unknown): ReviewQueueCounts {
  if (
    !isRecord(body) ||
    !isRecord(body.byStatus) ||
    !isRecord(body.pendingByReason) ||
    !reviewStatuses.every((status) => isCount((body.byStatus as Record<string, unknown>)[status])) ||
    !holdReasons.every((reason) => isCount((body.pendingByReason as Record<string, unknown>)[reason]))
  )
    throw new TypeError('review queue counts: bad shape')
  return body as ReviewQueueCounts
}

export function parseAdminReview(body: unknown): AdminReview {
  if (
    !isRecord(body) ||
    !isString(body.id) ||
    !isRecord(body.product) ||
    !isString(body.product.slug) ||
    !isString(body.product.name) ||
    !(Number.isInteger(body.rating) && (body.rating as number) >= 1 && (body.rating as number) <= 5) ||
    !isString(body.title) ||
    !isString(body.body) ||
    !isString(body.authorName) ||
    !isString(body.authorEmail) ||
    !(reviewStatuses as readonly unknown[]).includes(body.status) ||
    !Array.isArray(body.holdReasons) ||
    !Array.isArray(body.reports) ||
    !Array.isArray(body.photos) ||
    !body.photos.every((photo) => isRecord(photo) && isString(photo.url)) ||
    !(body.reply === null || (isRecord(body.reply) && isString(body.reply.body))) ||
    !(body.rejectionReason === null || isString(body.rejectionReason)) ||
    !isCount(body.reportCount) ||
    !isString(body.createdAt)
  )
    throw new TypeError('admin review: bad shape')
  return body as AdminReview
}

export function parseAdminReviewList(body: unknown): AdminReviewList {
  if (!isRecord(body) || !Array.isArray(body.reviews) || !isCount(body.total) || !isCount(body.page))
    throw new TypeError('admin review list: bad shape')
  return {
    reviews: body.reviews.map(parseAdminReview),
    page: body.page as number,
    pageSize: isCount(body.pageSize) ? (body.pageSize as number) : body.reviews.length,
    total: body.total as number,
    counts: parseReviewQueueCounts(body.counts),
  }
}

export function parseReviewAudit(body: unknown): ReviewAuditEntry[] {
  if (!isRecord(body) || !Array.isArray(body.entries)) throw new TypeError('review audit: bad shape')
  for (const entry of body.entries)
    if (
      !isRecord(entry) ||
      !isString(entry.action) ||
      !(entry.actorName === null || isString(entry.actorName)) ||
      !isString(entry.createdAt)
    )
      throw new TypeError('review audit: bad entry')
  return body.entries as ReviewAuditEntry[]
}

export function parseReviewSettings(body: unknown): ReviewSettings {
  if (
    !isRecord(body) ||
    !(body.moderation === 'publish' || body.moderation === 'hold') ||
    !isCount(body.requestDelayDays) ||
    !isCount(body.reportThreshold)
  )
    throw new TypeError('review settings: bad shape')
  return {
    moderation: body.moderation,
    requestDelayDays: body.requestDelayDays as number,
    reportThreshold: body.reportThreshold as number,
  }
}

/** The list's URL for a query: only the filters that are set. */
export function reviewListPath(query: AdminReviewListQuery): string {
  const params = new URLSearchParams({ status: query.status, page: String(query.page) })
  if (query.holdReason) params.set('holdReason', query.holdReason)
  if (query.rating) params.set('rating', String(query.rating))
  if (query.q) params.set('q', query.q)
  return `/api/admin/reviews?${params}`
}
