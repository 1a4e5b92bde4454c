/**
 * `PUT /api/reviews/photos/:photoId` (the raw image as the body) and `GET /media/reviews/:id.webp`.
 * The upload is mounted ahead of the /api app's 64 kB body limit with a limit of its own (a phone
 * photo), so it brings its own CSRF check.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { ErrorCode } from '../../shared/errors.ts'
import { reviewLimits } from '../../shared/reviews/review-schema.ts'
import { csrfProtection, requireUser, withOptionalSession, withSession } from '../account/session.middleware.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { bodySizeLimit } from '../platform/body-size-limit.ts'
import { AppError } from '../platform/http-errors.ts'
import { enforceRateLimits } from '../platform/rate-limit.ts'
import { validate } from '../platform/validation.ts'
import { readPhotoFile } from './review-photos.repository.ts'
import { isAcceptedPhotoType, uploadReviewPhoto } from './review-photos.service.ts'
import { reviewPhotosPerAccount } from './reviews.routes.ts'

const photoParam = z.object({ photoId: z.uuid('must be a UUID') })

/** Mounted at /api/reviews/photos. */
export const reviewPhotoUploadRoutes = new Hono<AppEnv>()
  .use(bodySizeLimit(reviewLimits.photoBytesMax))
  .use(csrfProtection)
  .put('/:photoId', validate('param', photoParam), withSession, requireUser(), async (c) => {
    const user = c.var.session.user
    if (!user) throw new Error('requireUser runs first')
    if (!isAcceptedPhotoType(c.req.header('content-type')))
      throw new AppError(ErrorCode.PhotoTypeUnsupported, 'Send the photo as JPEG, PNG, WebP or AVIF.', [
        { path: 'photo', message: 'must be a JPEG, PNG, WebP or AVIF image' },
      ])
    await enforceRateLimits(c.var.deps.rateLimiter, [[reviewPhotosPerAccount, user.id]])
    const bytes = new Uint8Array(await c.req.arrayBuffer())
    const { photo, created } = await uploadReviewPhoto(c.var.deps, user.id, c.req.valid('param').photoId, bytes)
    return c.json(photo, created ? 201 : 200)
  })

const photoFile = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.webp$/

/** Mounted at /media/reviews: a published review's photo for everyone, an unpublished one for its author. */
export const reviewPhotoMediaRoutes = new Hono<AppEnv>().get('/:file', withOptionalSession, async (c) => {
  const id = photoFile.exec(c.req.param('file'))?.[1]
  const photo = id ? await readPhotoFile(c.var.deps.db, id) : undefined
  const visible = photo && (photo.published || photo.userId === c.var.session?.user?.id)
  if (!photo || !visible) throw new AppError(ErrorCode.NotFound, 'No such photo.')
  return c.body(new Uint8Array(photo.bytes), 200, {
    'Content-Type': photo.contentType,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': photo.published ? 'public, max-age=31536000, immutable' : 'private, no-store',
  })
})
