/**
 * The page's cart and wishlist sync engine (DESIGN §3), loaded lazily by shopper-sync.ts. Pushes the
 * outbox in order — on start, on `online`, on focus, after each change and whenever the event stream
 * (re)connects — and pulls the server state on start, on a poke from another device and on
 * reconnect; then the work features queued offline (checkouts, review drafts) goes out. Failures are
 * retried with backoff; nothing here blocks the shopper. Order events refetch the stored orders; a
 * change of shopper forgets them and the queued work. The engine knows no feature: what the
 * features do at those moments comes in as `SyncHooks` from the composition root (client/sync-hooks.ts).
 */
import type { SessionInfo } from '../../shared/account/user.ts'
import type { MutationOutcome } from '../../shared/sync/mutation.ts'
import { coalesce } from '../local-data/coalesced-task.ts'
import { isQuotaExceededError, type LocalDb } from '../local-data/local-db.ts'
import { fetchSession } from '../local-data/session.ts'
import { readSession } from '../local-data/session-cache.ts'
import { drainOutbox, pullShopperState, withShopperLock } from '../local-data/shopper-exchange.ts'
import { readShopperState } from '../local-data/shopper-state.ts'
import { ApiError, type ClientErrorCode } from '../platform/api-client.ts'
import { requestBackgroundSync } from './background-sync.ts'
import { type EventStream, isOrderEvent, startEventStream } from './event-stream.ts'
import type { NetworkStatus } from './network-status.ts'
import type { SyncNotice } from './shopper-sync.ts'

export type SyncEngine = {
  readonly changed: () => void
  /** Push the outbox; resolves when done. Never rejects: failures are retried with backoff. */
  readonly flush: () => Promise<void>
  readonly switchShopper: (authenticate: () => Promise<SessionInfo>) => Promise<SessionInfo>
  /** Install the triggers and the event stream, sync once; returns the function that stops them. */
  readonly start: () => () => void
}

/** What the features do when the engine syncs; each may throw, and the engine retries or reports. */
export type SyncHooks = {
  /**
   * Work queued offline by features, sent in this order after the outbox (so the server sees the
   * cart the shopper saw); each resolves to the refusal codes to announce, and throws to be retried.
   */
  readonly sendQueued: readonly ((db: LocalDb) => Promise<readonly ClientErrorCode[]>)[]
  /** Forget the queued work of the previous shopper: it must never be sent with another session. */
  readonly forgetQueued: (db: LocalDb) => Promise<void>
  /** Refetch the stored orders (an order event); `replaceAll` when a new shopper's replace the previous one's. */
  readonly refreshOrders: (db: LocalDb, options?: { readonly replaceAll?: boolean }) => Promise<void>
  /** Forget the stored orders: they belong to the previous shopper. */
  readonly forgetOrders: (db: LocalDb) => Promise<void>
  /** Refetch the flags (a `flags.changed` poke, or a (re)connect that may have missed one or changed the shopper). */
  readonly refreshFlags?: (db: LocalDb) => Promise<void>
}

const retryBaseMs = 2000
const retryMaxMs = 60_000

export function createSyncEngine(
  db: LocalDb,
  network: NetworkStatus,
  notify: (code: SyncNotice['code']) => void,
  onCatalogChanged: () => void,
  hooks: SyncHooks,
): SyncEngine {
  let failures = 0
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let stream: EventStream | null = null
  /**
   * Settles once the first `GET /api/auth/session` has answered (or failed). Pushes and the event
   * stream wait for it: a first visit has no cookie yet, and requests racing without one would each
   * get a different guest session.
   */
  let sessionReady: Promise<unknown> = Promise.resolve()

  function reportOutcomes(outcomes: readonly MutationOutcome[]): void {
    const codes = new Set<ClientErrorCode>()
    for (const outcome of outcomes)
      if (outcome.status === 'adjusted' || outcome.status === 'rejected') codes.add(outcome.code)
    for (const code of codes) notify(code)
  }

  async function flushOnce(): Promise<void> {
    clearTimeout(retryTimer)
    await sessionReady
    try {
      await drainOutbox(db, {
        onPushed: (batch) => {
          network.reportReachable()
          reportOutcomes(batch.result.outcomes)
        },
        onParked: (batch) => {
          console.error('the server refused queued changes as malformed; they were set aside', batch)
          notify('INVALID_INPUT')
        },
      })
      // Work queued offline goes after the outbox, so the server orders the cart the shopper saw.
      for (const send of hooks.sendQueued) for (const code of await send(db)) notify(code)
      failures = 0
    } catch (error) {
      handleFailure('pushing the outbox and queued checkouts', error)
      scheduleRetry()
    }
  }

  function handleFailure(what: string, error: unknown): void {
    if (error instanceof ApiError && error.code === 'NETWORK') network.reportUnreachable()
    else if (isQuotaExceededError(error)) notify('QUOTA_EXCEEDED')
    else console.error(`${what} failed`, error)
  }

  /** While the browser says offline, its `online` event restarts the push instead of a timer. */
  function scheduleRetry(): void {
    failures += 1
    if (!navigator.onLine) return
    retryTimer = setTimeout(() => void flush(), Math.min(retryBaseMs * 2 ** (failures - 1), retryMaxMs))
  }

  const flush = coalesce(flushOnce)

  /** Pull unless the stored state is already at `version` (a poke another tab has handled). */
  async function pull(options: { readonly version?: number; readonly sinceZero?: boolean } = {}): Promise<void> {
    try {
      await withShopperLock(async () => {
        const stored = await readShopperState(db)
        if (options.version !== undefined && stored && stored.version >= options.version) return
        await pullShopperState(db, { sinceZero: options.sinceZero })
        network.reportReachable()
      })
    } catch (error) {
      handleFailure('pulling the cart', error)
    }
  }

  /** After an order event; events arriving while a refresh runs coalesce into one more. */
  const refreshStoredOrders = coalesce(async () => {
    try {
      await hooks.refreshOrders(db)
      network.reportReachable()
    } catch (error) {
      handleFailure('refreshing the orders', error)
    }
  })

  /**
   * Another shopper since the last visit: their orders give way to this one's. Replaced in one
   * step, not cleared first — an order page may already have stored one of the new shopper's.
   */
  async function replacePreviousOrders(): Promise<void> {
    try {
      await hooks.refreshOrders(db, { replaceAll: true })
    } catch (error) {
      handleFailure('fetching the new shopper’s orders', error)
      // Never show the previous shopper's orders to this one: none until the next refresh.
      await withShopperLock(() => hooks.forgetOrders(db)).catch((cause: unknown) =>
        handleFailure('forgetting orders', cause),
      )
    }
  }

  function changed(): void {
    void flush()
    requestBackgroundSync().catch((error: unknown) => console.warn('background sync unavailable', error))
  }

  async function switchShopper(authenticate: () => Promise<SessionInfo>): Promise<SessionInfo> {
    const session = await withShopperLock(async () => {
      const next = await authenticate()
      await hooks.forgetOrders(db)
      await hooks.forgetQueued(db)
      try {
        await pullShopperState(db, { sinceZero: true })
      } catch (error) {
        // Never show the previous shopper's cart to the new one: empty until the next pull.
        await db.shopperState.clear()
        handleFailure('pulling the new shopper’s cart', error)
      }
      return next
    })
    stream?.announceSessionChange()
    void flush()
    return session
  }

  /**
   * Ask who we are. True when that is not who the cache says (another shopper since the last visit,
   * or an expired session replaced by a new guest): the stored state is then not theirs.
   */
  async function establishSession(): Promise<boolean> {
    try {
      const cached = await readSession(db)
      const current = await fetchSession(db)
      network.reportReachable()
      return (cached?.user?.id ?? null) !== (current.user?.id ?? null)
    } catch (error) {
      handleFailure('reading the session', error)
      return false
    }
  }

  /**
   * Another shopper since the last visit: the previous one's queued work (checkouts) must not be sent with
   * this session. Settles before the first push (`sessionReady`), so none is sent before it ran.
   */
  async function forgetPreviousQueued(): Promise<void> {
    await withShopperLock(() => hooks.forgetQueued(db)).catch((error: unknown) =>
      handleFailure('forgetting queued work', error),
    )
  }

  function refetchFlags(): void {
    hooks.refreshFlags?.(db).catch((error: unknown) => console.warn('could not refetch the flags', error))
  }

  function start(): () => void {
    let stopped = false
    const identityChanged = establishSession().then(async (changed) => {
      if (changed) await forgetPreviousQueued()
      return changed
    })
    sessionReady = identityChanged
    void identityChanged.then(async (changed) => {
      if (stopped) return
      stream = startEventStream({
        onEvent: (event) => void (isOrderEvent(event) ? refreshStoredOrders() : pull({ version: event.version })),
        onOpen: () => {
          void flush()
          void pull()
          // A stream opened without Last-Event-ID (a new page or leader tab, a reconnect before any
          // event) starts at the log's end: an order change made before it is caught up here.
          void refreshStoredOrders()
          // Catalog pokes are not replayed: one missed while disconnected is caught up here.
          onCatalogChanged()
          refetchFlags()
        },
        onCatalogChanged,
        onFlagsChanged: refetchFlags,
      })
      await pull({ sinceZero: changed })
      await flush()
      if (changed) await replacePreviousOrders()
    })
    const onOnline = () => void flush()
    window.addEventListener('online', onOnline)
    window.addEventListener('focus', onOnline)
    return () => {
      stopped = true
      stream?.stop()
      stream = null
      clearTimeout(retryTimer)
      window.removeEventListener('online', onOnline)
      window.removeEventListener('focus', onOnline)
    }
  }

  return { changed, flush, switchShopper, start }
}
