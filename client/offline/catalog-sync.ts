/**
 * Pulls catalog changes into Dexie (DESIGN §3). Each page is applied in one transaction together
 * with its cursor, so a crash or a closed tab never leaves the cursor ahead of the data. Runs on
 * start, when the browser comes online, on focus and periodically while visible; one pull at a time
 * per tab, and one per origin where the Web Locks API exists.
 */
import { liveQuery } from 'dexie'
import { type Accessor, createSignal } from 'solid-js'
import type { Category, Product } from '../../shared/catalog/product.ts'
import type { CatalogChanges } from '../../shared/sync/catalog-changes.ts'
import { ApiError, type ClientErrorCode, getJson } from '../platform/api-client.ts'
import { readCatalogCursor } from './catalog-meta.ts'
import { coalesce } from './coalesced-task.ts'
import { isQuotaExceededError, type LocalDb, toLocalProduct } from './local-db.ts'
import type { NetworkStatus } from './network-status.ts'
import { parseCatalogChanges } from './parse-catalog-changes.ts'
import { lockNames, metaKeys } from './storage-keys.ts'

export type CatalogSyncError = ClientErrorCode | 'QUOTA_EXCEEDED'

export type CatalogSyncState = {
  readonly status: 'idle' | 'syncing' | 'error'
  readonly error: CatalogSyncError | null
  /** Last full pull on this device (any tab); null until the first snapshot is complete. */
  readonly lastSyncedAt: string | null
  /** False until `lastSyncedAt` has been read from Dexie. */
  readonly loaded: boolean
}

export type CatalogSync = {
  readonly state: Accessor<CatalogSyncState>
  /** Pull now; resolves when done. Never rejects: failures land in `state().error`. */
  readonly syncNow: () => Promise<void>
  /** Install the triggers (online, focus, timer) and pull once; returns the function that stops them. */
  readonly start: () => () => void
}

const pageSize = 1000
const periodMs = 5 * 60_000
const focusThrottleMs = 30_000
const maxPagesPerPull = 10_000
/** First retry after a failed pull; doubles per failure up to `periodMs`. */
const retryBaseMs = 15_000

/**
 * Apply one page if the stored cursor is still `since`; otherwise another tab got there first and the
 * caller re-reads the cursor. Tombstones delete, live rows replace: each row arrives at most once per
 * page, at its latest version, so order inside the page does not matter, and a row sent again by a
 * later pull (decision 0006) simply replaces itself.
 */
export async function applyCatalogChanges(
  db: LocalDb,
  since: string,
  changes: CatalogChanges,
  syncedAt: string,
): Promise<'applied' | 'stale'> {
  return db.transaction('rw', db.categories, db.products, db.meta, async () => {
    if ((await readCatalogCursor(db)) !== since) return 'stale'
    const categories = splitTombstones(changes.categories)
    const products = splitTombstones(changes.products)
    await db.categories.bulkDelete(categories.deletedIds)
    await db.categories.bulkPut(categories.live)
    await db.products.bulkDelete(products.deletedIds)
    await db.products.bulkPut(products.live.map(toLocalProduct))
    await db.meta.put({ key: metaKeys.catalogCursor, value: changes.cursor })
    if (!changes.hasMore) await db.meta.put({ key: metaKeys.catalogSyncedAt, value: syncedAt })
    return 'applied'
  })
}

function splitTombstones<T extends Category | Product>(rows: readonly T[]) {
  const live: T[] = []
  const deletedIds: T['id'][] = []
  for (const row of rows) {
    if (row.deletedAt === null) live.push(row)
    else deletedIds.push(row.id)
  }
  return { live, deletedIds }
}

export function createCatalogSync(
  db: LocalDb,
  network: NetworkStatus,
  now: () => Date = () => new Date(),
): CatalogSync {
  const [state, setState] = createSignal<CatalogSyncState>({
    status: 'idle',
    error: null,
    lastSyncedAt: null,
    loaded: false,
  })
  let lastAttemptAt = 0
  let failures = 0
  let retryTimer: ReturnType<typeof setTimeout> | undefined

  async function pull(): Promise<void> {
    for (let page = 0; page < maxPagesPerPull; page++) {
      const since = await readCatalogCursor(db)
      const query = new URLSearchParams({ limit: String(pageSize), ...(since ? { since } : {}) })
      const changes = await getJson(`/api/sync/catalog?${query}`, parseCatalogChanges)
      network.reportReachable()
      const outcome = await applyCatalogChanges(db, since, changes, now().toISOString())
      if (outcome === 'stale') continue
      if (!changes.hasMore) return
      if (changes.cursor === since) throw new Error(`catalog sync: hasMore without progress at ${since}`)
    }
    throw new Error('catalog sync: too many pages in one pull')
  }

  async function runOnce(): Promise<void> {
    lastAttemptAt = Date.now()
    setState((s) => ({ ...s, status: 'syncing' }))
    clearTimeout(retryTimer)
    try {
      await withOriginLock(pull)
      failures = 0
      setState((s) => ({ ...s, status: 'idle', error: null }))
    } catch (error) {
      const code = classify(error)
      if (code === 'NETWORK') network.reportUnreachable()
      else console.error('catalog sync failed', error)
      setState((s) => ({ ...s, status: 'error', error: code }))
      scheduleRetry()
    }
  }

  /**
   * Back off after a failure. When the browser itself says offline, its `online` event restarts the
   * pull instead; otherwise (server down, captive portal) only a retry can notice the way back.
   */
  function scheduleRetry(): void {
    failures += 1
    if (!navigator.onLine) return
    retryTimer = setTimeout(() => void syncNow(), Math.min(retryBaseMs * 2 ** (failures - 1), periodMs))
  }

  const syncNow = coalesce(runOnce)

  function start(): () => void {
    const watch = liveQuery(() => db.meta.get(metaKeys.catalogSyncedAt)).subscribe({
      next: (row) => setState((s) => ({ ...s, loaded: true, lastSyncedAt: row ? String(row.value) : null })),
      error: (error: unknown) => {
        console.error('reading catalog sync time failed', error)
        setState((s) => ({ ...s, loaded: true, status: 'error', error: classify(error) }))
      },
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
      watch.unsubscribe()
      clearInterval(timer)
      clearTimeout(retryTimer)
      window.removeEventListener('online', onOnline)
      window.removeEventListener('focus', onFocus)
    }
  }

  return { state, syncNow, start }
}

/** Several tabs pulling at once would only repeat work; the one holding the lock writes for all. */
async function withOriginLock(run: () => Promise<void>): Promise<void> {
  if (!('locks' in navigator)) return run()
  await navigator.locks.request(lockNames.catalogSync, { ifAvailable: true }, async (lock) => {
    if (lock) await run()
  })
}

function classify(error: unknown): CatalogSyncError {
  if (error instanceof ApiError) return error.code
  if (isQuotaExceededError(error)) return 'QUOTA_EXCEEDED'
  return 'INTERNAL'
}
