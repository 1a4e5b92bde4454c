/**
 * The cart and wishlist sync as the UI sees it: the sync state for the header (synced / pending N /
 * offline), outcome notices, and the calls that reach the engine. The engine itself (push, pull,
 * event stream, session; sync-engine.ts) is loaded after the first render, off the initial bundle;
 * calls made before it arrives wait for it. Shopper changes never wait: they are already in Dexie.
 */
import { liveQuery } from 'dexie'
import { type Accessor, createSignal } from 'solid-js'
import type { SessionInfo } from '../../shared/account/user.ts'
import { isCartOrWishlistChange, type Mutation, type MutationBody } from '../../shared/sync/mutation.ts'
import type { LocalDb } from '../local-data/local-db.ts'
import { enqueueMutations } from '../local-data/outbox.ts'
import type { ClientErrorCode } from '../platform/api-client.ts'
import type { NetworkStatus } from './network-status.ts'
import type { SyncEngine, SyncHooks } from './sync-engine.ts'

export type ShopperSyncStatus = 'synced' | 'pending' | 'offline'

/** A message for the shopper about their changes, shown as a toast: `t('errors.' + code)`. */
export type SyncNotice = { readonly id: number; readonly code: ClientErrorCode | 'QUOTA_EXCEEDED' }

export type ShopperSync = {
  readonly status: Accessor<ShopperSyncStatus>
  /** Changes made on this device that the server has not confirmed yet. */
  readonly pendingCount: Accessor<number>
  readonly notices: Accessor<readonly SyncNotice[]>
  readonly notify: (code: SyncNotice['code']) => void
  readonly dismissNotice: (id: number) => void
  /** A change was queued: push now, and ask the service worker to push if the page closes first. */
  readonly changed: () => void
  /** Queue mutations as one atomic change, then `changed()`. Rejects when Dexie cannot store them. */
  readonly queue: (bodies: readonly MutationBody[]) => Promise<readonly Mutation[]>
  /**
   * Sign in, sign up or sign out: `authenticate` runs under the sync lock (no push or pull of the
   * old shopper can land after it), then the new shopper's state replaces the stored one and the
   * pending outbox is pushed to the new shopper (on sign-in: into the merged account cart).
   */
  readonly switchShopper: (authenticate: () => Promise<SessionInfo>) => Promise<SessionInfo>
  /** Count pending changes, load and start the engine; returns the function that stops both. */
  readonly start: () => () => void
}

const noticeLifetimeMs = 8000

/**
 * `onCatalogChanged`: the server poked (stock or prices moved); the page's catalog sync pulls.
 * `loadHooks`: the features' part of a sync (sync-engine.ts `SyncHooks`), loaded with the engine.
 */
export function createShopperSync(
  db: LocalDb,
  network: NetworkStatus,
  onCatalogChanged: () => void,
  loadHooks: () => Promise<SyncHooks>,
): ShopperSync {
  const [pendingCount, setPendingCount] = createSignal(0)
  const [notices, setNotices] = createSignal<readonly SyncNotice[]>([])
  let noticeIds = 0
  let engine: Promise<SyncEngine> | null = null

  const status = (): ShopperSyncStatus => (pendingCount() > 0 ? 'pending' : network.isOnline() ? 'synced' : 'offline')

  function notify(code: SyncNotice['code']): void {
    const id = ++noticeIds
    setNotices((list) => [...list.filter((notice) => notice.code !== code), { id, code }])
    setTimeout(() => dismissNotice(id), noticeLifetimeMs)
  }

  function dismissNotice(id: number): void {
    setNotices((list) => list.filter((notice) => notice.id !== id))
  }

  function loadEngine(): Promise<SyncEngine> {
    engine ??= Promise.all([import('./sync-engine.ts'), loadHooks()]).then(([module, hooks]) =>
      module.createSyncEngine(db, network, notify, onCatalogChanged, hooks),
    )
    return engine
  }

  function changed(): void {
    loadEngine()
      .then((loaded) => loaded.changed())
      .catch((error: unknown) => console.error('loading the sync engine failed', error))
  }

  async function queue(bodies: readonly MutationBody[]): Promise<readonly Mutation[]> {
    const queued = await enqueueMutations(db, bodies)
    changed()
    return queued
  }

  function start(): () => void {
    // Search analytics events share the outbox but are not the shopper's changes: not counted.
    const pendingWatch = liveQuery(() => db.outbox.filter(isCartOrWishlistChange).count()).subscribe({
      next: setPendingCount,
      error: (error: unknown) => console.error('counting pending changes failed', error),
    })
    let stopped = false
    let stopEngine = () => {}
    loadEngine()
      .then((loaded) => {
        if (!stopped) stopEngine = loaded.start()
      })
      .catch((error: unknown) => console.error('loading the sync engine failed', error))
    return () => {
      stopped = true
      pendingWatch.unsubscribe()
      stopEngine()
    }
  }

  return {
    status,
    pendingCount,
    notices,
    notify,
    dismissNotice,
    changed,
    queue,
    switchShopper: async (authenticate) => (await loadEngine()).switchShopper(authenticate),
    start,
  }
}
