/**
 * Keeps the local catalog current (DESIGN §3): the page's side of the catalog sync. The pulls run in
 * a dedicated worker (catalog-sync-worker.ts: download, parse, store); this side decides when — on
 * start, when the browser comes online, on focus, periodically while visible, and when the server
 * pokes — and turns the worker's messages into the state the UI shows. Nothing starts before the
 * first view is painted (catalog-sync-schedule.ts); the worker and its code load only then.
 */
import { liveQuery } from 'dexie'
import { type Accessor, createEffect, createSignal, on } from 'solid-js'
import type { TranslatedLocale } from '../../shared/catalog/catalog-translation.ts'
import type { Locale } from '../../shared/i18n/locales.ts'
import { readCatalogCursor, readCatalogLocales } from '../local-data/catalog-meta.ts'
import type {
  CatalogSyncError,
  CatalogSyncProgress,
  FromCatalogSyncWorker,
  ToCatalogSyncWorker,
} from '../local-data/catalog-sync-protocol.ts'
import { lacksLocale } from '../local-data/catalog-texts.ts'
import { coalesce } from '../local-data/coalesced-task.ts'
import type { LocalDb } from '../local-data/local-db.ts'
import { metaKeys } from '../local-data/storage-keys.ts'
import { firstVisitStart, laterVisitStart, whenBackgroundWorkMayStart } from './catalog-sync-schedule.ts'
import type { NetworkStatus } from './network-status.ts'

export type { CatalogSyncError } from '../local-data/catalog-sync-protocol.ts'

export type CatalogSyncState = {
  readonly status: 'idle' | 'syncing' | 'error'
  readonly error: CatalogSyncError | null
  /** Last full pull on this device (any tab); null until the first snapshot is complete. */
  readonly lastSyncedAt: string | null
  /** False until `lastSyncedAt` has been read from Dexie. */
  readonly loaded: boolean
  /** Rows stored so far by the pull under way (this tab's); null when none is. */
  readonly progress: CatalogSyncProgress | null
  /** The locales whose catalog texts this device holds (any tab's pulls); empty until read. */
  readonly locales: readonly TranslatedLocale[]
}

export type CatalogSync = {
  readonly state: Accessor<CatalogSyncState>
  /** The page's language: each pull brings its catalog texts when the device lacks them. */
  readonly locale: Accessor<Locale>
  /** Pull now (once the page may start background work); resolves when done. Never rejects: failures land in `state().error`. */
  readonly syncNow: () => Promise<void>
  /** Install the triggers (online, focus, timer) and pull once after the first paint; returns the function that stops them. */
  readonly start: () => () => void
}

const periodMs = 5 * 60_000
const focusThrottleMs = 30_000
/** First retry after a failed pull; doubles per failure up to `periodMs`. */
const retryBaseMs = 15_000

/**
 * @param locale reactive: the page's language. Switching to one whose texts the device has not got
 *   pulls them at once (online; offline, the next pull does).
 */
export function createCatalogSync(db: LocalDb, network: NetworkStatus, locale: Accessor<Locale>): CatalogSync {
  const [state, setState] = createSignal<CatalogSyncState>({
    status: 'idle',
    error: null,
    lastSyncedAt: null,
    loaded: false,
    progress: null,
    locales: [],
  })
  const worker = createWorkerHandle(network, (progress) => setState((s) => ({ ...s, progress })))
  let lastAttemptAt = 0
  let failures = 0
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  /** Set by `start`: pulls wait for it. Without `start` (never in the app) a pull runs at once. */
  let mayStart: Promise<void> = Promise.resolve()
  let stopped = false

  async function runOnce(): Promise<void> {
    await mayStart
    if (stopped) return
    lastAttemptAt = Date.now()
    setState((s) => ({ ...s, status: 'syncing' }))
    clearTimeout(retryTimer)
    const error = await worker.pull(locale())
    setState((s) => ({ ...s, progress: null }))
    if (error === null) {
      failures = 0
      setState((s) => ({ ...s, status: 'idle', error: null }))
      return
    }
    if (error === 'NETWORK') network.reportUnreachable()
    setState((s) => ({ ...s, status: 'error', error }))
    scheduleRetry()
  }

  /**
   * Back off after a failure. When the browser itself says offline, its `online` event restarts the
   * pull instead; otherwise (server down, captive portal) only a retry can notice the way back.
   */
  function scheduleRetry(): void {
    failures += 1
    if (!navigator.onLine || stopped) return
    retryTimer = setTimeout(() => void syncNow(), Math.min(retryBaseMs * 2 ** (failures - 1), periodMs))
  }

  const syncNow = coalesce(runOnce)
  let started = false
  createEffect(
    on(
      locale,
      (next) => {
        if (started && lacksLocale(state().locales, next)) void syncNow()
      },
      { defer: true },
    ),
  )

  function start(): () => void {
    stopped = false
    started = true
    const watchLocales = liveQuery(() => readCatalogLocales(db)).subscribe({
      next: (locales) => setState((s) => ({ ...s, locales })),
      error: (error: unknown) => console.error('reading the catalog locales failed', error),
    })
    const watch = liveQuery(() => db.meta.get(metaKeys.catalogSyncedAt)).subscribe({
      next: (row) => setState((s) => ({ ...s, loaded: true, lastSyncedAt: row ? String(row.value) : null })),
      error: (error: unknown) => {
        console.error('reading catalog sync time failed', error)
        setState((s) => ({ ...s, loaded: true, status: 'error', error: 'INTERNAL' }))
      },
    })
    mayStart = readCatalogCursor(db)
      .catch(() => '')
      .then((cursor) => whenBackgroundWorkMayStart(cursor === '' ? firstVisitStart : laterVisitStart))
      .then(() => {
        performance.mark('catalog-sync:start')
      })
    const onOnline = () => void syncNow()
    const onFocus = () => {
      if (Date.now() - lastAttemptAt > focusThrottleMs) void syncNow()
    }
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void syncNow()
    }, periodMs)
    window.addEventListener('online', onOnline)
    window.addEventListener('focus', onFocus)
    void syncNow()
    return () => {
      stopped = true
      started = false
      watch.unsubscribe()
      watchLocales.unsubscribe()
      clearInterval(timer)
      clearTimeout(retryTimer)
      window.removeEventListener('online', onOnline)
      window.removeEventListener('focus', onFocus)
      worker.terminate()
    }
  }

  return { state, locale, syncNow, start }
}

/**
 * The worker, made on the first pull. A worker that fails (its script did not load, it crashed)
 * fails the pull in flight and is made afresh by the next one.
 */
function createWorkerHandle(network: NetworkStatus, onProgress: (progress: CatalogSyncProgress) => void) {
  let worker: Worker | undefined
  const pending = new Map<number, (error: CatalogSyncError | null) => void>()
  let nextId = 1

  const settleAll = (error: CatalogSyncError) => {
    for (const settle of pending.values()) settle(error)
    pending.clear()
  }

  function spawn(): Worker {
    const created = new Worker(new URL('../local-data/catalog-sync-worker.ts', import.meta.url), {
      type: 'module',
      name: 'catalog-sync',
    })
    created.addEventListener('message', (event: MessageEvent<FromCatalogSyncWorker>) => {
      const message = event.data
      if (message.type === 'reachable') network.reportReachable()
      else if (message.type === 'progress') onProgress({ applied: message.applied, total: message.total })
      else {
        pending.get(message.id)?.(message.error)
        pending.delete(message.id)
      }
    })
    created.addEventListener('error', (event) => {
      console.error('catalog sync worker failed', event.message)
      created.terminate()
      if (worker === created) worker = undefined
      settleAll('INTERNAL')
    })
    return created
  }

  return {
    pull(locale: Locale): Promise<CatalogSyncError | null> {
      const id = nextId++
      return new Promise((resolve) => {
        pending.set(id, resolve)
        worker ??= spawn()
        worker.postMessage({ type: 'pull', id, locale } satisfies ToCatalogSyncWorker)
      })
    },
    terminate(): void {
      worker?.terminate()
      worker = undefined
      settleAll('INTERNAL')
    },
  }
}
