/**
 * The offline services of one page: the local database, the catalog sync, the cart and wishlist
 * sync and the network status, built once at start and handed to components through context (no
 * module-level singletons).
 */
import { type Accessor, createContext, createSignal, type JSX, useContext } from 'solid-js'
import type { Locale } from '../../shared/i18n/locales.ts'
import { lacksLocale } from '../local-data/catalog-texts.ts'
import { type LocalDb, openLocalDb } from '../local-data/local-db.ts'
import { type CatalogSync, createCatalogSync } from './catalog-sync.ts'
import { createNetworkStatus, type NetworkStatus } from './network-status.ts'
import { createShopperSync, type ShopperSync } from './shopper-sync.ts'
import type { SyncHooks } from './sync-engine.ts'

/** `reload`: another tab upgraded the schema; `blocked`: our upgrade waits for other tabs to close. */
export type DbNotice = 'reload' | 'blocked'

export type Offline = {
  readonly db: LocalDb
  readonly sync: CatalogSync
  readonly shopperSync: ShopperSync
  readonly network: NetworkStatus
  readonly dbNotice: Accessor<DbNotice | null>
}

/**
 * @param locale the page's language (reactive): the catalog sync keeps its texts on the device.
 * @param loadSyncHooks what the features do when the cart syncs (checkouts, orders, review drafts),
 *   given by the composition root so this layer imports no feature; loaded with the sync engine.
 */
export function createOffline(locale: Accessor<Locale>, loadSyncHooks: () => Promise<SyncHooks>): Offline {
  const [dbNotice, setDbNotice] = createSignal<DbNotice | null>(null)
  const db = openLocalDb({
    onVersionChange: () => setDbNotice('reload'),
    onBlocked: () => setDbNotice('blocked'),
  })
  const network = createNetworkStatus()
  const sync = createCatalogSync(db, network, locale)
  const shopperSync = createShopperSync(db, network, () => void sync.syncNow(), loadSyncHooks)
  return { db, sync, shopperSync, network, dbNotice }
}

const OfflineContext = createContext<Offline>()

export function OfflineProvider(props: { readonly offline: Offline; readonly children: JSX.Element }): JSX.Element {
  return <OfflineContext.Provider value={props.offline}>{props.children}</OfflineContext.Provider>
}

export function useOffline(): Offline {
  const offline = useContext(OfflineContext)
  if (!offline) throw new Error('useOffline needs an <OfflineProvider> above it')
  return offline
}

/** True while this device has no complete catalog yet: empty results may just mean "not synced". */
export function isCatalogPending(sync: CatalogSync): boolean {
  const state = sync.state()
  return !state.loaded || state.lastSyncedAt === null
}

/** True while the device's catalog lacks the page's language's texts (its rows would read in English). */
export function isCatalogTextPending(sync: CatalogSync): boolean {
  return lacksLocale(sync.state().locales, sync.locale())
}
