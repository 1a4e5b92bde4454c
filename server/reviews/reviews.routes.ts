/**
 * The shopper's review API (issue 15): `GET|POST /api/products/:slug/reviews` (productReviewRoutes),
 * `PATCH|DELETE /api/reviews/:id` and `POST /api/reviews/:id/helpful|report` (reviewRoutes). Writes
 * need an account (401 for guests) and are rate limited per account.
 */
import { Hono } from 'hono'
import { getCookie } from 'hono/cookie'
import { z } from 'zod'
import { isLocale, localeCookieName, negotiateLocale } from '../../shared/i18n/locales.ts'
import {
  editReviewInput,
  helpfulVoteInput,
  reportReviewInput,
  reviewListQuery,
  writeReviewInput,
} from '../../shared/reviews/review-schema.ts'
import { requireUser, type SessionEnv, withOptionalSession, withSession } from '../account/session.middleware.ts'
import { queryKey } from '../catalog/catalog-cache.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { enforceRateLimits, type RateLimitRule } from '../platform/rate-limit.ts'
import { makeJsonRepresentation, sendJsonWithEtag, sendRepresentation } from '../platform/representation.ts'
import { validate } from '../platform/validation.ts'
import { reportReview, voteOnReview } from './review-feedback.service.ts'
import { deleteReview, editReview, listReviews, type ReviewAuthor, writeReview } from './reviews.service.ts'

const hour = 60 * 60_000
/** Writing and editing reviews, per account. */
export const reviewWritesPerAccount: RateLimitRule = { name: 'review-write', limit: 10, windowMs: hour }
/** Photo uploads, per account: a review takes up to five, and a flaky connection retries. */
export const reviewPhotosPerAccount: RateLimitRule = { name: 'review-photo', limit: 30, windowMs: hour }
/** Helpful votes and reports, per account. */
export const reviewFeedbackPerAccount: RateLimitRule = { name: 'review-feedback', limit: 60, windowMs: hour }

const slugParam = z.object({ slug: z.string().min(1).max(200) })
const idParam = z.object({ id: z.uuid('must be a UUID') })

function authorOf(c: { var: SessionEnv['Variables'] }): ReviewAuthor {
  const { user } = c.var.session
  if (!user) throw new Error('requireUser runs before authorOf')
  return { id: user.id, name: user.name, createdAt: user.createdAt }
}

async function limitPerAccount(c: { var: SessionEnv['Variables'] }, rule: RateLimitRule): Promise<void> {
  await enforceRateLimits(c.var.deps.rateLimiter, [[rule, authorOf(c).id]])
}

export const productReviewRoutes = new Hono<AppEnv>()
  .get(
    '/:slug/reviews',
    validate('param', slugParam),
    validate('query', reviewListQuery),
    withOptionalSession,
    async (c) => {
      const { slug } = c.req.valid('param')
      const query = c.req.valid('query')
      const viewerId = c.var.session?.user?.id ?? null
      // A signed-in shopper's page carries their own review and votes: never shared, always revalidated.
      if (viewerId)
        return sendJsonWithEtag(c, await listReviews(c.var.deps, slug, query, viewerId), 'private, no-cache')
      // Every guest gets the same page: answered from the response cache until a review or the catalog
      // changes (a product page asks for it on every visit). Still private: an HTTP cache keyed by URL
      // alone would hand it to a signed-in shopper.
      const representation = await c.var.deps.responseCache.get(queryKey(`reviews:${slug}`, query), async () =>
        makeJsonRepresentation(await listReviews(c.var.deps, slug, query, null), 'private, no-cache'),
      )
      return sendRepresentation(c, representation)
    },
  )
  .post(
    '/:slug/reviews',
    validate('param', slugParam),
    validate('json', writeReviewInput),
    withSession,
    requireUser(),
    async (c) => {
      await limitPerAccount(c, reviewWritesPerAccount)
      const cookieLocale = getCookie(c, localeCookieName)
      const locale = isLocale(cookieLocale) ? cookieLocale : negotiateLocale(c.req.header('accept-language'))
      const { review, created } = await writeReview(
        c.var.deps,
        authorOf(c),
        c.req.valid('param').slug,
        c.req.valid('json'),
        locale,
      )
      return c.json(review, created ? 201 : 200)
    },
  )

export const reviewRoutes = new Hono<AppEnv>()
  .patch(
    '/:id',
    validate('param', idParam),
    validate('json', editReviewInput),
    withSession,
    requireUser(),
    async (c) => {
      await limitPerAccount(c, reviewWritesPerAccount)
      return c.json(await editReview(c.var.deps, authorOf(c), c.req.valid('param').id, c.req.valid('json')))
    },
  )
  .delete('/:id', validate('param', idParam), withSession, requireUser(), async (c) => {
    await deleteReview(c.var.deps, authorOf(c), c.req.valid('param').id)
    return c.body(null, 204)
  })
  .post(
    '/:id/helpful',
    validate('param', idParam),
    validate('json', helpfulVoteInput),
    withSession,
    requireUser(),
    async (c) => {
      await limitPerAccount(c, reviewFeedbackPerAccount)
      const { vote } = c.req.valid('json')
      return c.json(await voteOnReview(c.var.deps, authorOf(c).id, c.req.valid('param').id, vote))
    },
  )
  .post(
    '/:id/report',
    validate('param', idParam),
    validate('json', reportReviewInput),
    withSession,
    requireUser(),
    async (c) => {
      await limitPerAccount(c, reviewFeedbackPerAccount)
      await reportReview(c.var.deps, authorOf(c).id, c.req.valid('param').id, c.req.valid('json'))
      return c.body(null, 204)
    },
  )
