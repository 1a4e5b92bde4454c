/**
 * `/api/admin/reviews` (mounted in admin.routes.ts, behind its admin guard): the moderation queue,
 * decisions, replies, each review's audit trail, the shop's review settings, and a live stream of the
 * queue's counts (SSE: on connect, then after every `reviews.changed` poke, at most once a second).
 */
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import { ErrorCode } from '../../shared/errors.ts'
import {
  adminReviewIdParam,
  adminReviewListQuery,
  approveReviewInput,
  rejectReviewInput,
  replyReviewInput,
  reviewSettingsInput,
} from '../../shared/reviews/admin-review-schema.ts'
import { reviewQueueEvent } from '../../shared/reviews/review.ts'
import type { SessionEnv } from '../account/session.middleware.ts'
import { throttlePokes } from '../events/catalog-changed.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import { validate } from '../platform/validation.ts'
import { countReviewQueue } from './admin-reviews.repository.ts'
import {
  changeReviewSettings,
  decideReview,
  listReviewsForAdmin,
  replyToReview,
  reviewAuditTrail,
  reviewSettingsOf,
} from './admin-reviews.service.ts'
import { reviewsChannel } from './review-events.ts'

const refreshWindowMs = 1000
const reconnectDelayMs = 3000

function adminId(session: SessionEnv['Variables']['session']): string {
  if (!session.user) throw new AppError(ErrorCode.Unauthenticated, 'Sign in first.')
  return session.user.id
}

export const adminReviewRoutes = new Hono<SessionEnv>()
  .get('/', validate('query', adminReviewListQuery), async (c) =>
    c.json(await listReviewsForAdmin(c.var.deps, c.req.valid('query'))),
  )
  .get('/settings', async (c) => c.json(await reviewSettingsOf(c.var.deps)))
  .put('/settings', validate('json', reviewSettingsInput), async (c) =>
    c.json(await changeReviewSettings(c.var.deps, c.req.valid('json'))),
  )
  .get('/stream', (c) => streamQueueCounts(c.var.deps, c))
  .get('/:id/audit', validate('param', adminReviewIdParam), async (c) =>
    c.json({ entries: await reviewAuditTrail(c.var.deps, c.req.valid('param').id) }),
  )
  .post('/:id/approve', validate('param', adminReviewIdParam), validate('json', approveReviewInput), async (c) =>
    c.json(
      await decideReview(c.var.deps, adminId(c.var.session), c.req.valid('param').id, {
        to: 'published',
        from: c.req.valid('json').expectedStatus,
      }),
    ),
  )
  .post('/:id/reject', validate('param', adminReviewIdParam), validate('json', rejectReviewInput), async (c) => {
    const { reason, expectedStatus } = c.req.valid('json')
    return c.json(
      await decideReview(c.var.deps, adminId(c.var.session), c.req.valid('param').id, {
        to: 'rejected',
        from: expectedStatus,
        reason,
      }),
    )
  })
  .put('/:id/reply', validate('param', adminReviewIdParam), validate('json', replyReviewInput), async (c) =>
    c.json(await replyToReview(c.var.deps, adminId(c.var.session), c.req.valid('param').id, c.req.valid('json').body)),
  )
  .delete('/:id/reply', validate('param', adminReviewIdParam), async (c) =>
    c.json(await replyToReview(c.var.deps, adminId(c.var.session), c.req.valid('param').id, null)),
  )

/** Like the dashboard's stream (admin-dashboard.routes.ts): one read at a time, none once closed. */
function streamQueueCounts(deps: AppDeps, c: Parameters<typeof streamSSE>[0]) {
  // Proxies (nginx) must pass each event on at once rather than buffer the response.
  c.header('X-Accel-Buffering', 'no')
  return streamSSE(
    c,
    async (stream) => {
      let stopped = false
      let finish = () => {}
      const closed = new Promise<void>((resolve) => {
        finish = resolve
      })
      stream.onAbort(finish)
      const unregister = deps.liveStreams.add(finish)
      let queue = Promise.resolve()
      const send = () => {
        queue = queue
          .then(async () => {
            if (stopped) return
            const counts = await countReviewQueue(deps.db)
            if (!stopped) await stream.writeSSE({ event: reviewQueueEvent, data: JSON.stringify(counts) })
          })
          .catch((error: unknown) => {
            if (!stopped) deps.logger.warn({ err: error }, 'could not send the review queue counts')
          })
      }
      const refreshes = throttlePokes(send, refreshWindowMs)
      const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n'), deps.liveStreams.heartbeatMs)
      let unsubscribe = () => {}
      try {
        unsubscribe = await deps.bus.subscribe(reviewsChannel, refreshes.poke)
        await stream.write(`retry: ${reconnectDelayMs}\n\n`)
        refreshes.poke()
        await closed
      } finally {
        stopped = true
        clearInterval(heartbeat)
        unsubscribe()
        refreshes.stop()
        unregister()
      }
    },
    async (error) => {
      deps.logger.warn({ err: error }, 'review queue stream failed')
    },
  )
}
