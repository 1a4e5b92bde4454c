/** Messages between the page (catalog-sync.ts) and the catalog sync worker (catalog-sync-worker.ts). */
import type { Locale } from '../../shared/i18n/locales.ts'
import type { ClientErrorCode } from '../platform/api-client.ts'

export type CatalogSyncError = ClientErrorCode | 'QUOTA_EXCEEDED'

/** Rows stored so far by the pull under way; `total` is known while a snapshot file is applied. */
export type CatalogSyncProgress = { readonly applied: number; readonly total: number | null }

/** `locale`: the page's language; the pull brings its catalog texts if the device has not got them. */
export type ToCatalogSyncWorker = { readonly type: 'pull'; readonly id: number; readonly locale: Locale }

export type FromCatalogSyncWorker =
  | ({ readonly type: 'progress'; readonly id: number } & CatalogSyncProgress)
  /** The server answered a request: the network status can say "online" again. */
  | { readonly type: 'reachable' }
  /** The pull `id` ended: `error` null when it reached the end of the feed. */
  | { readonly type: 'pulled'; readonly id: number; readonly error: CatalogSyncError | null }
