/**
 * Wire schemas of the review API (issue 15). The client does not ship zod (bundle size): it checks
 * its own form against `reviewLimits` and parses answers by hand.
 */
import { z } from 'zod'
import { asVariantId } from '../ids.ts'
import { asReviewPhotoId, reportReasons, reviewSorts } from './review.ts'
import { reviewLimits } from './review-limits.ts'

// The limits live apart from zod, so the client can check its form without shipping zod.
export { reviewLimits, reviewPhotoTypes } from './review-limits.ts'

const uuid = z.uuid('must be a UUID')
const rating = z.number().int('must be a whole number of stars').min(1, 'must be 1 to 5').max(5, 'must be 1 to 5')
const title = z.string().trim().min(1, 'is required').max(reviewLimits.titleMax)
const body = z.string().trim().max(reviewLimits.bodyMax)
const photoIds = z
  .array(uuid.transform(asReviewPhotoId))
  .max(reviewLimits.photosMax, `at most ${reviewLimits.photosMax} photos`)

/** `POST /api/products/:slug/reviews`. `mutationId` (the device's outbox id) makes a resend harmless. */
export const writeReviewInput = z
  .object({
    mutationId: uuid,
    variantId: uuid.transform(asVariantId).nullable().default(null),
    rating,
    title,
    body: body.default(''),
    photoIds: photoIds.default([]),
  })
  .strict()
export type WriteReviewInput = z.infer<typeof writeReviewInput>

/** `PATCH /api/reviews/:id`: the author's edit; what is left out stays. An edit is moderated again. */
export const editReviewInput = z
  .object({ rating: rating.optional(), title: title.optional(), body: body.optional(), photoIds: photoIds.optional() })
  .strict()
export type EditReviewInput = z.infer<typeof editReviewInput>

/** Query of `GET /api/products/:slug/reviews`. */
export const reviewListQuery = z
  .object({
    sort: z.enum(reviewSorts).default('helpful'),
    rating: z.coerce.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5').optional(),
    withPhotos: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    verified: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    page: z.coerce.number().int().min(1, 'must be 1 or more').max(10_000).default(1),
  })
  .strict()
export type ReviewListQuery = z.infer<typeof reviewListQuery>

/**
 * `POST /api/reviews/:id/helpful`: sets the shopper's vote (null takes it back). The button toggles,
 * but the request names the state it wants, so a resend is harmless.
 */
export const helpfulVoteInput = z.object({ vote: z.enum(['helpful', 'unhelpful']).nullable() }).strict()

/** `POST /api/reviews/:id/report`. */
export const reportReviewInput = z
  .object({ reason: z.enum(reportReasons), note: z.string().trim().max(reviewLimits.reportNoteMax).default('') })
  .strict()
