/**
 * `/api/admin/dashboard` (the role is checked by admin.routes.ts): the snapshot, and its live stream
 * over SSE. The stream sends a snapshot on connect, then again after any order or stock change —
 * checkouts, expiries, cancellations and stock edits all publish the `catalog.changed` poke — at most
 * once per second, and every 15 s anyway so "orders per minute" moves and payments (which poke only
 * their shopper's channel) show up. A `reviews.changed` poke refreshes it too (the pending reviews count).
 */
import { Hono } from 'hono'
import { type SSEStreamingApi, streamSSE } from 'hono/streaming'
import { type DashboardSnapshot, dashboardEvent } from '../../shared/admin/dashboard.ts'
import type { SessionEnv } from '../account/session.middleware.ts'
import { catalogChannel, throttlePokes } from '../events/catalog-changed.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { reviewsChannel } from '../reviews/review-events.ts'
import { readDashboard } from './admin-dashboard.service.ts'

const refreshWindowMs = 1000
const periodicRefreshMs = 15_000
const reconnectDelayMs = 3000

export const adminDashboardRoutes = new Hono<SessionEnv>()
  .get('/', async (c) => c.json<DashboardSnapshot>(await readDashboard(c.var.deps)))
  .get('/stream', (c) => {
    const { deps } = c.var
    // Proxies (nginx) must pass each event on at once rather than buffer the response.
    c.header('X-Accel-Buffering', 'no')
    return streamSSE(
      c,
      async (stream) => {
        let finish = () => {}
        const closed = new Promise<void>((resolve) => {
          finish = resolve
        })
        stream.onAbort(finish)
        const unregister = deps.liveStreams.add(finish)
        const sender = createSnapshotSender(deps, stream)
        const refreshes = throttlePokes(sender.send, refreshWindowMs)
        const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n'), deps.liveStreams.heartbeatMs)
        const periodic = setInterval(refreshes.poke, periodicRefreshMs)
        const unsubscribes: (() => void)[] = []
        try {
          unsubscribes.push(await deps.bus.subscribe(catalogChannel, refreshes.poke))
          unsubscribes.push(await deps.bus.subscribe(reviewsChannel, refreshes.poke))
          await stream.write(`retry: ${reconnectDelayMs}\n\n`)
          refreshes.poke()
          await closed
        } finally {
          clearInterval(heartbeat)
          clearInterval(periodic)
          for (const unsubscribe of unsubscribes) unsubscribe()
          refreshes.stop()
          sender.stop()
          unregister()
        }
      },
      async (error) => {
        deps.logger.warn({ err: error }, 'dashboard stream failed')
      },
    )
  })

/** Sends one snapshot after another (never two reads at once), and nothing once stopped. */
function createSnapshotSender(deps: AppDeps, stream: SSEStreamingApi) {
  let stopped = false
  let queue = Promise.resolve()
  const sendSnapshot = async () => {
    if (stopped) return
    const snapshot = await readDashboard(deps)
    if (!stopped) await stream.writeSSE({ event: dashboardEvent, data: JSON.stringify(snapshot) })
  }
  return {
    send(): void {
      queue = queue.then(sendSnapshot).catch((error: unknown) => {
        if (!stopped) deps.logger.warn({ err: error }, 'could not send a dashboard snapshot')
      })
    },
    stop(): void {
      stopped = true
    },
  }
}
