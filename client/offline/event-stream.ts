/**
 * Live pokes from the server (`GET /api/events`, SSE): "your cart/wishlist changed, now at version
 * N", "one of your orders was placed or changed status". One connection per browser, not per tab
 * (HTTP/1.1 allows ~6 per origin, DESIGN §8): the tab holding the `eventStream` Web Lock is the
 * leader and connects; it forwards every poke to the other tabs over a BroadcastChannel. When the
 * leader closes, the lock passes to another tab.
 *
 * EventSource reconnects by itself after a dropped connection (sending Last-Event-ID), but gives up
 * after a non-200 answer: then this code reconnects with backoff, passing `?lastEventId=` so the
 * server replays what was missed from its event log.
 */
import { channelNames, lockNames } from '../local-data/storage-keys.ts'

/** An order of the shopper was placed, changed status or got new tracking: `version` is the cart's then. */
export type OrderEventType = 'order.created' | 'order.status_changed' | 'order.tracking_updated'
export type ShopperEventType = 'cart.updated' | 'wishlist.updated' | OrderEventType
export type ShopperEvent = { readonly type: ShopperEventType; readonly version: number }

export function isOrderEvent(event: ShopperEvent): boolean {
  return event.type.startsWith('order.')
}

export type EventStreamHandlers = {
  /** In every tab, for every poke. */
  readonly onEvent: (event: ShopperEvent) => void
  /** In the leader tab, whenever the stream (re)connects: a chance to flush and pull. */
  readonly onOpen: () => void
  /**
   * In the leader tab, on `inventory.changed` (stock or prices moved): pull the catalog feed. The poke
   * has no id and is not replayed; the catalog pull on (re)connect covers a missed one.
   */
  readonly onCatalogChanged: () => void
  /** In the leader tab, on `flags.changed` (an admin changed a flag): refetch the flags. Not replayed either. */
  readonly onFlagsChanged?: () => void
}

export type EventStream = {
  /** This tab signed in or out: reconnect as the new shopper and tell the other tabs. */
  readonly announceSessionChange: () => void
  readonly stop: () => void
}

type ChannelMessage = { readonly kind: 'event'; readonly event: ShopperEvent } | { readonly kind: 'session' }

const eventTypes: readonly ShopperEventType[] = [
  'cart.updated',
  'wishlist.updated',
  'order.created',
  'order.status_changed',
  'order.tracking_updated',
]
const retryBaseMs = 1000
const retryMaxMs = 30_000

export function startEventStream(handlers: EventStreamHandlers, path = '/api/events'): EventStream {
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(channelNames.shopperEvents) : null
  const connection = createConnection(path, {
    onEvent: (event) => {
      handlers.onEvent(event)
      post({ kind: 'event', event })
    },
    onOpen: handlers.onOpen,
    onCatalogChanged: handlers.onCatalogChanged,
    ...(handlers.onFlagsChanged ? { onFlagsChanged: handlers.onFlagsChanged } : {}),
  })
  let leader = false
  const stopElection = electLeader(() => {
    leader = true
    connection.open()
  })

  function post(message: ChannelMessage): void {
    channel?.postMessage(message)
  }

  if (channel) {
    channel.onmessage = (message: MessageEvent<unknown>) => {
      const data = message.data
      if (isEventMessage(data)) handlers.onEvent(data.event)
      // Another tab signed in or out: the stream must now belong to the new shopper.
      else if (isSessionMessage(data) && leader) connection.restart()
    }
  }

  return {
    announceSessionChange() {
      if (leader) connection.restart()
      post({ kind: 'session' })
    },
    stop() {
      stopElection()
      connection.close()
      channel?.close()
    },
  }
}

/** Calls `onLeader` once this tab holds the lock; the returned function gives it up. */
function electLeader(onLeader: () => void): () => void {
  if (!('locks' in navigator)) {
    // No Web Locks (old browsers): every tab connects on its own.
    onLeader()
    return () => {}
  }
  const abort = new AbortController()
  let release = () => {}
  navigator.locks
    .request(lockNames.eventStream, { signal: abort.signal }, () => {
      onLeader()
      // Held until this tab stops (or closes, which releases it too).
      return new Promise<void>((resolve) => {
        release = resolve
      })
    })
    .catch((error: unknown) => {
      if (!abort.signal.aborted) console.error('event stream leader election failed', error)
    })
  return () => {
    abort.abort()
    release()
  }
}

type Connection = { readonly open: () => void; readonly restart: () => void; readonly close: () => void }

function createConnection(
  path: string,
  handlers: Pick<EventStreamHandlers, 'onEvent' | 'onOpen' | 'onCatalogChanged' | 'onFlagsChanged'>,
): Connection {
  let source: EventSource | null = null
  let lastEventId = ''
  let failures = 0
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let stopped = true

  function connect(): void {
    clearTimeout(retryTimer)
    source?.close()
    const url = lastEventId ? `${path}?lastEventId=${encodeURIComponent(lastEventId)}` : path
    const current = new EventSource(url)
    source = current
    current.addEventListener('open', () => {
      failures = 0
      handlers.onOpen()
    })
    for (const type of eventTypes) {
      current.addEventListener(type, (message: MessageEvent<string>) => {
        if (message.lastEventId) lastEventId = message.lastEventId
        const version = parseVersion(message.data)
        if (version === null) console.error(`event stream: malformed ${type} event`, message.data)
        else handlers.onEvent({ type, version })
      })
    }
    current.addEventListener('inventory.changed', () => handlers.onCatalogChanged())
    current.addEventListener('flags.changed', () => handlers.onFlagsChanged?.())
    current.addEventListener('error', () => {
      // CONNECTING: the browser retries by itself. CLOSED: it gave up (a non-200 answer).
      if (current.readyState === EventSource.CLOSED && source === current) scheduleReconnect()
    })
  }

  function scheduleReconnect(): void {
    failures += 1
    clearTimeout(retryTimer)
    const delay = Math.min(retryBaseMs * 2 ** (failures - 1), retryMaxMs)
    retryTimer = setTimeout(
      () => {
        if (!stopped) connect()
      },
      delay * (0.5 + Math.random() / 2),
    )
  }

  const onOnline = () => {
    if (!stopped && source?.readyState !== EventSource.OPEN) connect()
  }

  return {
    open() {
      stopped = false
      window.addEventListener('online', onOnline)
      connect()
    },
    restart() {
      if (stopped) return
      // A new shopper: the old one's event ids mean nothing for it.
      lastEventId = ''
      failures = 0
      connect()
    },
    close() {
      stopped = true
      clearTimeout(retryTimer)
      window.removeEventListener('online', onOnline)
      source?.close()
      source = null
    },
  }
}

function parseVersion(data: string): number | null {
  try {
    const body: unknown = JSON.parse(data)
    if (typeof body !== 'object' || body === null || !('version' in body)) return null
    return Number.isSafeInteger(body.version) ? (body.version as number) : null
  } catch {
    return null
  }
}

function isEventMessage(data: unknown): data is Extract<ChannelMessage, { kind: 'event' }> {
  if (typeof data !== 'object' || data === null) return false
  const message = data as { kind?: unknown; event?: { type?: unknown; version?: unknown } }
  return (
    message.kind === 'event' &&
    eventTypes.includes(message.event?.type as ShopperEventType) &&
    Number.isSafeInteger(message.event?.version)
  )
}

function isSessionMessage(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'session'
}
