/**
 * The one registry of everything the client stores in the browser: the IndexedDB name, localStorage
 * keys, keys of the Dexie `meta` table, and cross-tab lock names. Renaming a value here orphans the
 * data stored under the old name, so treat these strings as a persisted contract.
 */

/** Name of the Dexie (IndexedDB) database that mirrors the catalog. */
export const databaseName = 'storefront'

/** localStorage keys: small per-device preferences that must be readable synchronously at start. */
export const localStorageKeys = {
  locale: 'storefront.locale',
} as const

/** Keys of rows in the Dexie `meta` table. */
export const metaKeys = {
  /** Highest catalog `version` applied locally (a number); the `since` of the next pull. */
  catalogCursor: 'catalogCursor',
  /** ISO time of the last pull that reached `hasMore: false`; absent until the first full snapshot. */
  catalogSyncedAt: 'catalogSyncedAt',
} as const

/** Web Locks names: one holder across all tabs of the origin. */
export const lockNames = {
  catalogSync: 'storefront.catalog-sync',
} as const
