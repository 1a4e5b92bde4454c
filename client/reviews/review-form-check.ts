/**
 * The review form's own checks, against the limits the server applies (reviewLimits), so the
 * shopper hears about a long title or a large photo before anything is sent — offline too.
 */
import type { ReviewRating } from '../../shared/reviews/review.ts'
import { reviewLimits, reviewPhotoTypes } from '../../shared/reviews/review-limits.ts'

export const reviewFormFields = ['rating', 'title', 'body', 'photos'] as const
export type ReviewFormField = (typeof reviewFormFields)[number]

/** A message id per invalid field (with its values), in the form's order. */
export type ReviewFormErrors = Partial<
  Record<ReviewFormField, { readonly id: ReviewFormErrorId; readonly values?: Record<string, number | string> }>
>

export type ReviewFormErrorId =
  | 'reviews.form.error.rating'
  | 'reviews.form.error.title'
  | 'reviews.form.error.titleLong'
  | 'reviews.form.error.bodyLong'
  | 'reviews.form.error.photosMany'

export type ReviewFormValues = {
  readonly rating: ReviewRating | null
  readonly title: string
  readonly body: string
  readonly photoCount: number
}

export function checkReviewForm(values: ReviewFormValues): ReviewFormErrors {
  const errors: ReviewFormErrors = {}
  if (values.rating === null) errors.rating = { id: 'reviews.form.error.rating' }
  const title = values.title.trim()
  if (title.length === 0) errors.title = { id: 'reviews.form.error.title' }
  else if (title.length > reviewLimits.titleMax)
    errors.title = { id: 'reviews.form.error.titleLong', values: { max: reviewLimits.titleMax } }
  if (values.body.trim().length > reviewLimits.bodyMax)
    errors.body = { id: 'reviews.form.error.bodyLong', values: { max: reviewLimits.bodyMax } }
  if (values.photoCount > reviewLimits.photosMax)
    errors.photos = { id: 'reviews.form.error.photosMany', values: { max: reviewLimits.photosMax } }
  return errors
}

export type PhotoProblem = 'type' | 'size'

/** Why a chosen file cannot be sent as a review photo; null when it can. */
export function checkPhotoFile(file: { readonly type: string; readonly size: number }): PhotoProblem | null {
  if (!(reviewPhotoTypes as readonly string[]).includes(file.type)) return 'type'
  if (file.size > reviewLimits.photoBytesMax) return 'size'
  return null
}

export function firstInvalidField(errors: ReviewFormErrors): ReviewFormField | undefined {
  return reviewFormFields.find((field) => errors[field])
}
