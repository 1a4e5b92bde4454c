/**
 * `GET /api/events`: the shopper's live events over SSE (DESIGN §3, §8). The Postgres log is the
 * source: on connect the stream replays what follows Last-Event-ID, then a bus poke (from this or
 * any instance) or the heartbeat makes it read the log again from the last id it sent — so events
 * arrive in log order, once each, and a lost poke only delays one until the next heartbeat.
 * Besides, every stream forwards the catalog's `inventory.changed` pokes (catalog-changed.ts).
 *
 * The cursor of a new connection (no Last-Event-ID: the log's latest id) is read before the answer
 * goes out. A browser fires `open` on the response headers, and the client acts on it (pulls, lets
 * the shopper go on): an event committed after the headers must be after the cursor, not skipped.
 *
 * A guest who has only read has a pending session (no row, the nil shopper, which owns no events).
 * Its first write stores the session with a shopper of its own and pokes `guestSessionChannel`:
 * the open stream then follows that shopper from its first event, without a reconnect.
 */
import { Hono } from 'hono'
import { type SSEStreamingApi, streamSSE } from 'hono/streaming'
import { findLiveSession } from '../account/account.repository.ts'
import { withSession } from '../account/session.middleware.ts'
import type { ActiveSession } from '../account/session.service.ts'
import { flagsChangedEvent, flagsChannel } from '../flags/flags-changed.ts'
import type { AppDeps, AppEnv } from '../platform/app-env.ts'
import { catalogChannel, inventoryChangedEvent, throttlePokes } from './catalog-changed.ts'
import { readEventsAfter, readLatestEventId } from './event-log.repository.ts'
import { guestSessionChannel, shopperChannel } from './shopper-event.ts'

const reconnectDelayMs = 3000
const pageSize = 100

export const eventRoutes = new Hono<AppEnv>().get('/', withSession, async (c) => {
  const lastEventId = parseEventId(c.req.header('last-event-id') ?? c.req.query('lastEventId'))
  const { deps, session } = c.var
  // Before the headers: they are the browser's `open`, and whatever is committed after it must reach this stream.
  const cursor = lastEventId ?? (await readLatestEventId(deps.db, session.shopperId))
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
      const relay = createRelay(deps, stream, session, cursor)
      try {
        // A pending guest: its first write (on any instance) wakes the relay, which then follows the stored session.
        const unsubscribeSession = session.pending
          ? await deps.bus.subscribe(guestSessionChannel(session.idHash), relay.wake)
          : () => {}
        // No id: the poke is not in the shopper's log, and Last-Event-ID must keep pointing into it.
        const catalogPokes = throttlePokes(() => void stream.writeSSE({ event: inventoryChangedEvent, data: '{}' }))
        let unsubscribeCatalog = () => {}
        // Flag changes (server/flags): the client refetches its evaluated flags.
        const flagPokes = throttlePokes(() => void stream.writeSSE({ event: flagsChangedEvent, data: '{}' }))
        let unsubscribeFlags = () => {}
        const heartbeat = setInterval(() => {
          void stream.write(': heartbeat\n\n')
          relay.wake() // also the catch-up for a poke the bus lost
        }, deps.liveStreams.heartbeatMs)
        try {
          await relay.subscribe()
          unsubscribeCatalog = await deps.bus.subscribe(catalogChannel, catalogPokes.poke)
          unsubscribeFlags = await deps.bus.subscribe(flagsChannel, flagPokes.poke)
          await stream.write(`retry: ${reconnectDelayMs}\n\n`)
          // Reads what was committed after the cursor while subscribing, then each poke's news.
          relay.start()
          await closed
        } finally {
          clearInterval(heartbeat)
          unsubscribeSession()
          unsubscribeCatalog()
          catalogPokes.stop()
          unsubscribeFlags()
          flagPokes.stop()
        }
      } finally {
        unregister()
        relay.stop()
      }
    },
    async (error) => {
      deps.logger.warn({ err: error, shopperId: session.shopperId }, 'event stream failed')
    },
  )
})

/**
 * Sends the log's events after the last sent id (first `afterId`); wakes that arrive while a read
 * runs coalesce into one more read, so reads never overlap and an id is never sent twice. Owns the
 * subscription to its shopper's channel, which changes once when a pending guest session is stored.
 */
function createRelay(deps: AppDeps, stream: SSEStreamingApi, session: ActiveSession, afterId: number) {
  let shopperId = session.shopperId
  let pendingIdHash = session.pending ? session.idHash : undefined
  let lastSent = afterId
  let started = false
  let stopped = false
  let pending = false
  let running: Promise<void> | undefined
  let unsubscribe = () => {}

  /** Subscribed before the read that follows, so an event committed in between is read, not missed. */
  const follow = async (id: string) => {
    const next = await deps.bus.subscribe(shopperChannel(id), wake)
    unsubscribe()
    unsubscribe = next
    if (stopped) unsubscribe()
  }

  /** A pending guest's session stored by its first write: from now on, the events of its new shopper. */
  const adoptStoredSession = async () => {
    if (!pendingIdHash) return
    const stored = await findLiveSession(deps.db, pendingIdHash, deps.clock())
    if (!stored || stopped) return
    await follow(stored.shopperId)
    pendingIdHash = undefined
    shopperId = stored.shopperId
    // The shopper was created after this stream found no session: every one of its events is news.
    lastSent = 0
  }

  const sendNewEvents = async () => {
    await adoptStoredSession()
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

  function wake(): void {
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
    subscribe: () => follow(shopperId),
    /** Starts relaying, with a first read from the cursor. */
    start() {
      started = true
      wake()
    },
    wake,
    stop() {
      stopped = true
      unsubscribe()
    },
  }
}

function parseEventId(value: string | undefined): number | undefined {
  if (value === undefined || !/^(0|[1-9][0-9]{0,15})$/.test(value)) return undefined
  return Number(value)
}
