/**
 * The review API as the client calls it (issue 15). Writes carry the session's CSRF token and are
 * retried once with a fresh one when it went stale (withCsrfToken).
 */

import type {
  HelpfulVote,
  OwnReview,
  ReportReason,
  ReviewId,
  ReviewPage,
  ReviewPhoto,
  ReviewPhotoId,
  ReviewRating,
  ReviewSort,
} from '../../shared/reviews/review.ts'
import { reviewRatings, reviewSorts } from '../../shared/reviews/review.ts'
import { deleteJson, getJson, patchJson, postJson, putBlob } from '../platform/api-client.ts'
import {
  type HelpfulCounts,
  parseHelpfulCounts,
  parseOwnReview,
  parseReviewPage,
  parseReviewPhoto,
} from './parse-review.ts'

/**
 * Runs a write with the session's CSRF token: `(write) => withCsrfToken(db, write)` in the app, a
 * fixed token in tests.
 */
export type WithCsrf = <T>(write: (csrfToken: string) => Promise<T>) => Promise<T>

/** What the list shows; the defaults (helpful, no filters, page 1) are left out of the URL. */
export type ReviewQuery = {
  readonly sort: ReviewSort
  readonly rating: ReviewRating | null
  readonly withPhotos: boolean
  readonly verified: boolean
  readonly page: number
}

export const defaultReviewQuery: ReviewQuery = {
  sort: 'helpful',
  rating: null,
  withPhotos: false,
  verified: false,
  page: 1,
}

export type ReviewDraftFields = {
  readonly variantId: string | null
  readonly rating: ReviewRating
  readonly title: string
  readonly body: string
}

export function reviewQueryParams(query: ReviewQuery): URLSearchParams {
  const params = new URLSearchParams()
  if (query.sort !== 'helpful') params.set('sort', query.sort)
  if (query.rating !== null) params.set('rating', String(query.rating))
  if (query.withPhotos) params.set('withPhotos', 'true')
  if (query.verified) params.set('verified', 'true')
  if (query.page > 1) params.set('page', String(query.page))
  return params
}

/**
 * The list's filters in the product page's URL (shareable); the page number is not. Names carry a
 * `review` prefix: the product page's own `variant` shares the query string.
 */
export type ReviewSearch = {
  readonly reviewSort?: string
  readonly reviewStars?: string
  readonly reviewPhotos?: string
  readonly reviewVerified?: string
}

/** What the URL asks for; anything unknown is the default. */
export function reviewQueryFromSearch(search: ReviewSearch): ReviewQuery {
  const stars = reviewRatings.find((rating) => String(rating) === search.reviewStars)
  return {
    sort: reviewSorts.find((sort) => sort === search.reviewSort) ?? 'helpful',
    rating: stars ?? null,
    withPhotos: search.reviewPhotos === 'true',
    verified: search.reviewVerified === 'true',
    page: 1,
  }
}

/** The URL's parameters for `query`; undefined removes a parameter (the default). */
export function reviewSearchOf(query: ReviewQuery): Record<keyof ReviewSearch, string | undefined> {
  return {
    reviewSort: query.sort === 'helpful' ? undefined : query.sort,
    reviewStars: query.rating === null ? undefined : String(query.rating),
    reviewPhotos: query.withPhotos ? 'true' : undefined,
    reviewVerified: query.verified ? 'true' : undefined,
  }
}

export function isDefaultReviewQuery(query: ReviewQuery): boolean {
  return reviewQueryParams(query).size === 0
}

export function fetchReviewPage(slug: string, query: ReviewQuery): Promise<ReviewPage> {
  const params = reviewQueryParams(query).toString()
  return getJson(`/api/products/${encodeURIComponent(slug)}/reviews${params ? `?${params}` : ''}`, parseReviewPage)
}

/** 201 for a new review, 200 with the same review for a resend of `mutationId`. */
export function postReview(
  withCsrf: WithCsrf,
  slug: string,
  mutationId: string,
  fields: ReviewDraftFields,
  photoIds: readonly ReviewPhotoId[],
): Promise<OwnReview> {
  const body = { mutationId, ...fields, photoIds }
  return withCsrf((token) => postJson(`/api/products/${encodeURIComponent(slug)}/reviews`, body, token, parseOwnReview))
}

export function patchReview(
  withCsrf: WithCsrf,
  id: ReviewId,
  fields: Partial<Omit<ReviewDraftFields, 'variantId'>> & { readonly photoIds?: readonly ReviewPhotoId[] },
): Promise<OwnReview> {
  return withCsrf((token) => patchJson(`/api/reviews/${encodeURIComponent(id)}`, fields, token, parseOwnReview))
}

export function deleteReview(withCsrf: WithCsrf, id: ReviewId): Promise<void> {
  return withCsrf((token) => deleteJson(`/api/reviews/${encodeURIComponent(id)}`, token))
}

export function voteHelpful(withCsrf: WithCsrf, id: ReviewId, vote: HelpfulVote | null): Promise<HelpfulCounts> {
  return withCsrf((token) =>
    postJson(`/api/reviews/${encodeURIComponent(id)}/helpful`, { vote }, token, parseHelpfulCounts),
  )
}

export function reportReview(withCsrf: WithCsrf, id: ReviewId, reason: ReportReason, note: string): Promise<void> {
  return withCsrf((token) =>
    postJson(`/api/reviews/${encodeURIComponent(id)}/report`, { reason, note }, token, () => undefined),
  )
}

/** The id is made by the client and kept with the draft, so a retried upload stores one photo. */
export function uploadReviewPhoto(withCsrf: WithCsrf, id: ReviewPhotoId, blob: Blob): Promise<ReviewPhoto> {
  return withCsrf((token) => putBlob(`/api/reviews/photos/${encodeURIComponent(id)}`, blob, token, parseReviewPhoto))
}
