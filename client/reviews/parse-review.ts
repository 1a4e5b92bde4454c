/**
 * Shape checks of the review API's answers (the client ships no zod, like the other parsers): they
 * throw on anything the review section could not show. User text stays plain strings (rendered as text).
 */
import { asProductId, asVariantId } from '../../shared/ids.ts'
import {
  asReviewId,
  asReviewPhotoId,
  type HelpfulVote,
  type OwnReview,
  type PublicReview,
  type RatingSummary,
  type ReviewPage,
  type ReviewPhoto,
  type ReviewRating,
  type ReviewStatus,
  reviewRatings,
  reviewStatuses,
  type ShopReply,
} from '../../shared/reviews/review.ts'
import { isRecord } from '../orders/parse-order.ts'

export type HelpfulCounts = {
  readonly helpfulCount: number
  readonly unhelpfulCount: number
  readonly myVote: HelpfulVote | null
}

export function parseReviewPage(body: unknown): ReviewPage {
  if (!isRecord(body)) throw new TypeError('review page: body is not an object')
  const { summary, reviews, page, pageSize, total, own } = body
  if (!Array.isArray(reviews)) throw new TypeError('review page: reviews is not an array')
  if (!isCount(page) || !isCount(pageSize) || !isCount(total)) throw new TypeError('review page: bad paging')
  return {
    summary: parseRatingSummary(summary),
    reviews: reviews.map(parsePublicReview),
    page,
    pageSize,
    total,
    own: own == null ? null : parseOwnReview(own),
  }
}

export function parseRatingSummary(value: unknown): RatingSummary {
  if (!isRecord(value)) throw new TypeError('review summary: not an object')
  const { average, count, distribution } = value
  if (average !== null && (typeof average !== 'number' || average < 0 || average > 5))
    throw new TypeError('review summary: bad average')
  if (!isCount(count) || !isRecord(distribution)) throw new TypeError('review summary: bad count')
  const [one, two, three, four, five] = (['1', '2', '3', '4', '5'] as const).map((key) => distribution[key])
  if (![one, two, three, four, five].every(isCount)) throw new TypeError('review summary: bad distribution')
  return {
    average,
    count,
    distribution: {
      '1': one as number,
      '2': two as number,
      '3': three as number,
      '4': four as number,
      '5': five as number,
    },
  }
}

export function parsePublicReview(value: unknown): PublicReview {
  if (!isRecord(value)) throw new TypeError('review: not an object')
  const { myVote } = value
  if (myVote !== null && myVote !== undefined && !isVote(myVote)) throw new TypeError('review: bad myVote')
  return { ...parseReviewCore(value), myVote: myVote ?? null }
}

export function parseOwnReview(value: unknown): OwnReview {
  if (!isRecord(value)) throw new TypeError('own review: not an object')
  const { status, rejectionReason } = value
  if (!reviewStatuses.includes(status as ReviewStatus)) throw new TypeError('own review: bad status')
  if (rejectionReason != null && typeof rejectionReason !== 'string')
    throw new TypeError('own review: bad rejectionReason')
  return { ...parseReviewCore(value), status: status as ReviewStatus, rejectionReason: rejectionReason ?? null }
}

export function parseHelpfulCounts(body: unknown): HelpfulCounts {
  if (!isRecord(body)) throw new TypeError('helpful vote: not an object')
  const { helpfulCount, unhelpfulCount, myVote } = body
  if (!isCount(helpfulCount) || !isCount(unhelpfulCount)) throw new TypeError('helpful vote: bad counts')
  if (myVote !== null && !isVote(myVote)) throw new TypeError('helpful vote: bad myVote')
  return { helpfulCount, unhelpfulCount, myVote }
}

export function parseReviewPhoto(value: unknown): ReviewPhoto {
  if (!isRecord(value)) throw new TypeError('review photo: not an object')
  const { id, url, width, height } = value
  if (typeof id !== 'string' || typeof url !== 'string' || !isCount(width) || !isCount(height))
    throw new TypeError('review photo: bad fields')
  // Shown as <img src>: only our own paths (or http(s) CDN URLs), never javascript:, data: or `//host`.
  if (!/^(\/(?!\/)|https?:\/\/)/.test(url)) throw new TypeError('review photo: bad url')
  return { id: asReviewPhotoId(id), url, width, height }
}

type ReviewCore = Omit<PublicReview, 'myVote'>

function parseReviewCore(value: Record<string, unknown>): ReviewCore {
  const { id, productId, variantId, variantLabel, rating, title, body, authorName, verifiedPurchase } = value
  const { helpfulCount, unhelpfulCount, photos, reply, locale, createdAt, updatedAt } = value
  if (typeof id !== 'string' || typeof productId !== 'string') throw new TypeError('review: bad id')
  if (variantId !== null && typeof variantId !== 'string') throw new TypeError('review: bad variantId')
  if (!reviewRatings.includes(rating as ReviewRating)) throw new TypeError('review: bad rating')
  if (![variantLabel, title, body, authorName, locale, createdAt, updatedAt].every((s) => typeof s === 'string'))
    throw new TypeError('review: bad text fields')
  if (typeof verifiedPurchase !== 'boolean') throw new TypeError('review: bad verifiedPurchase')
  if (!isCount(helpfulCount) || !isCount(unhelpfulCount)) throw new TypeError('review: bad helpful counts')
  if (!Array.isArray(photos)) throw new TypeError('review: photos is not an array')
  return {
    id: asReviewId(id),
    productId: asProductId(productId),
    variantId: variantId === null ? null : asVariantId(variantId),
    variantLabel: variantLabel as string,
    rating: rating as ReviewRating,
    title: title as string,
    body: body as string,
    authorName: authorName as string,
    verifiedPurchase,
    helpfulCount,
    unhelpfulCount,
    photos: photos.map(parseReviewPhoto),
    reply: reply == null ? null : parseReply(reply),
    locale: locale as string,
    createdAt: createdAt as string,
    updatedAt: updatedAt as string,
  }
}

function parseReply(value: unknown): ShopReply {
  if (!isRecord(value) || typeof value.body !== 'string' || typeof value.repliedAt !== 'string')
    throw new TypeError('review: bad reply')
  return { body: value.body, repliedAt: value.repliedAt }
}

function isVote(value: unknown): value is HelpfulVote {
  return value === 'helpful' || value === 'unhelpful'
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
}
