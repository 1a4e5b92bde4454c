/**
 * `GET /api/events`: the shopper's live events over SSE (DESIGN §3, §8). The Postgres log is the
 * source: on connect the stream replays what follows Last-Event-ID, then a bus poke (from this or
 * any instance) or the heartbeat makes it read the log again from the last id it sent — so events
 * arrive in log order, once each, and a lost poke only delays one until the next heartbeat.
 * Besides, every stream forwards the catalog's `inventory.changed` pokes (catalog-changed.ts).
 */
import { Hono } from 'hono'
import { type SSEStreamingApi, streamSSE } from 'hono/streaming'
import { withSession } from '../account/session.middleware.ts'
import type { AppDeps, AppEnv } from '../platform/app-env.ts'
import { catalogChannel, inventoryChangedEvent, throttlePokes } from './catalog-changed.ts'
import { readEventsAfter, readLatestEventId } from './event-log.repository.ts'
import { shopperChannel } from './shopper-event.ts'

const reconnectDelayMs = 3000
const pageSize = 100

export const eventRoutes = new Hono<AppEnv>().get('/', withSession, (c) => {
  const lastEventId = parseEventId(c.req.header('last-event-id') ?? c.req.query('lastEventId'))
  const { deps } = c.var
  const { shopperId } = c.var.session
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
      const relay = createRelay(deps, stream, shopperId)
      try {
        // Subscribe before reading the log, so an event committed in between is read, not missed.
        const unsubscribe = await deps.bus.subscribe(shopperChannel(shopperId), relay.wake)
        // No id: the poke is not in the shopper's log, and Last-Event-ID must keep pointing into it.
        const catalogPokes = throttlePokes(() => void stream.writeSSE({ event: inventoryChangedEvent, data: '{}' }))
        let unsubscribeCatalog = () => {}
        const heartbeat = setInterval(() => {
          void stream.write(': heartbeat\n\n')
          relay.wake() // also the catch-up for a poke the bus lost
        }, deps.liveStreams.heartbeatMs)
        try {
          unsubscribeCatalog = await deps.bus.subscribe(catalogChannel, catalogPokes.poke)
          relay.start(lastEventId ?? (await readLatestEventId(deps.db, shopperId)))
          await stream.write(`retry: ${reconnectDelayMs}\n\n`)
          relay.wake()
          await closed
        } finally {
          clearInterval(heartbeat)
          unsubscribe()
          unsubscribeCatalog()
          catalogPokes.stop()
        }
      } finally {
        unregister()
        relay.stop()
      }
    },
    async (error) => {
      deps.logger.warn({ err: error, shopperId }, 'event stream failed')
    },
  )
})

/**
 * Sends the log's events after the last sent id; wakes that arrive while a read runs coalesce into
 * one more read, so reads never overlap and an id is never sent twice.
 */
function createRelay(deps: AppDeps, stream: SSEStreamingApi, shopperId: string) {
  let lastSent = 0
  let started = false
  let stopped = false
  let pending = false
  let running: Promise<void> | undefined

  const sendNewEvents = async () => {
    for (;;) {
      const events = await readEventsAfter(deps.db, shopperId, lastSent, pageSize)
      for (const event of events) {
        if (stopped) return
        const data = JSON.stringify({ version: event.version })
        await stream.writeSSE({ id: String(event.id), event: event.type, data })
        lastSent = event.id
      }
      if (events.length < pageSize) return
    }
  }

  const wake = (): void => {
    if (!started || stopped) return
    pending = true
    if (running) return
    running = (async () => {
      while (pending && !stopped) {
        pending = false
        await sendNewEvents()
      }
    })()
      .catch((error: unknown) => {
        if (!stopped) deps.logger.warn({ err: error, shopperId }, 'could not relay events')
      })
      .finally(() => {
        running = undefined
        // A wake that landed between the loop's last check and here must not be lost.
        if (pending) wake()
      })
  }

  return {
    start(afterId: number) {
      lastSent = afterId
      started = true
    },
    wake,
    stop() {
      stopped = true
    },
  }
}

function parseEventId(value: string | undefined): number | undefined {
  if (value === undefined || !/^(0|[1-9][0-9]{0,15})$/.test(value)) return undefined
  return Number(value)
}
