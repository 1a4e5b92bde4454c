/**
 * One pull of the catalog into Dexie, run by the catalog sync worker (catalog-sync-worker.ts). A
 * device without a cursor starts from the snapshot file (catalog-sync-snapshot.ts); then, and on
 * every later pull, the change feed is paged from the stored cursor, each page applied in one
 * transaction together with its cursor (decision 0006), so a crash or a closed tab never leaves the
 * cursor ahead of the data.
 *
 * Catalog texts (issue 16): the rows carry the translations of the locales the device holds (meta
 * `catalogLocales`). A first pull asks for the page's locale; a later one in a locale the device has
 * not got first pulls only that locale's texts (catalog-sync-texts.ts); every feed page asks for the
 * held locales, so an edited translation arrives with its product's new version.
 */
import type { TranslatedLocale } from '../../shared/catalog/catalog-translation.ts'
import type { Locale } from '../../shared/i18n/locales.ts'
import type { CatalogChanges, SyncedCategory, SyncedProduct } from '../../shared/sync/catalog-changes.ts'
import { formatLocales } from '../../shared/sync/catalog-locales.ts'
import { ApiError, getJson } from '../platform/api-client.ts'
import { readCatalogCursor, readCatalogLocales } from './catalog-meta.ts'
import type { CatalogSyncError, CatalogSyncProgress } from './catalog-sync-protocol.ts'
import { pullSnapshot } from './catalog-sync-snapshot.ts'
import { pullLocaleTexts } from './catalog-sync-texts.ts'
import { lacksLocale, withLocale } from './catalog-texts.ts'
import { isQuotaExceededError, type LocalDb, toLocalProduct } from './local-db.ts'
import { parseCatalogChanges } from './parse-catalog-changes.ts'
import { parseStorefrontContent } from './parse-storefront.ts'
import { metaKeys } from './storage-keys.ts'

/** What a pull tells its caller on the way; the worker turns each into a message to the page. */
export type PullEvents = {
  readonly onProgress: (progress: CatalogSyncProgress) => void
  /** A request got an answer from the server. */
  readonly onReachable: () => void
  readonly now: () => Date
}

const pageSize = 1000
const maxPagesPerPull = 10_000

export async function pullCatalog(db: LocalDb, events: PullEvents, locale: Locale): Promise<void> {
  const started = performance.now()
  // Whatever came of the file — stored, another context got ahead, or no file to be had — the pages
  // go on from the cursor stored now: the file's, the other context's, or none (from the beginning).
  if ((await readCatalogCursor(db)) === '') await pullSnapshot(db, events, withLocale([], locale))
  // Texts before the pages: a row changed meanwhile then comes again through the feed with them.
  const held = await readCatalogLocales(db)
  if ((await readCatalogCursor(db)) !== '' && lacksLocale(held, locale)) await pullLocaleTexts(db, events, locale)
  await pullPages(db, events, locale)
  await pullStorefront(db, events)
  performance.measure('catalog-sync:pull', { start: started })
}

async function pullPages(db: LocalDb, events: PullEvents, locale: Locale): Promise<void> {
  let applied = 0
  for (let page = 0; page < maxPagesPerPull; page++) {
    const since = await readCatalogCursor(db)
    // From the beginning every row comes again: with the page's locale too.
    const held = await readCatalogLocales(db)
    const wanted = since === '' ? withLocale(held, locale) : held
    const query = new URLSearchParams({
      limit: String(pageSize),
      ...(since ? { since } : {}),
      ...(wanted.length > 0 ? { locales: formatLocales(wanted) } : {}),
    })
    const changes = await getJson(`/api/sync/catalog?${query}`, parseCatalogChanges)
    events.onReachable()
    const outcome = await applyCatalogChanges(db, since, changes, events.now().toISOString(), wanted)
    if (outcome === 'stale') continue
    applied += changes.categories.length + changes.products.length
    if (applied > 0) events.onProgress({ applied, total: null })
    if (!changes.hasMore) return
    if (changes.cursor === since) throw new Error(`catalog sync: hasMore without progress at ${since}`)
  }
  throw new Error('catalog sync: too many pages in one pull')
}

/**
 * The storefront document (docs/decisions/0023), after the catalog it names products of: small, so
 * fetched whole on every pull, and written only when it differs, so the home page's live queries
 * re-run only for a real change.
 */
async function pullStorefront(db: LocalDb, events: PullEvents): Promise<void> {
  const content = await getJson('/api/sync/storefront', parseStorefrontContent)
  events.onReachable()
  await db.transaction('rw', db.meta, async () => {
    const stored = await db.meta.get(metaKeys.storefront)
    if (stored && JSON.stringify(stored.value) === JSON.stringify(content)) return
    await db.meta.put({ key: metaKeys.storefront, value: content })
  })
}

/**
 * Apply one page if the stored cursor is still `since`; otherwise another tab got there first and the
 * caller re-reads the cursor. Tombstones delete, live rows replace: each row arrives at most once per
 * page, at its latest version, so order inside the page does not matter, and a row sent again by a
 * later pull (decision 0006) simply replaces itself. A page from the very beginning also ends a
 * snapshot file left half applied: the feed from cursor 0 holds every row, tombstones included.
 */
export async function applyCatalogChanges(
  db: LocalDb,
  since: string,
  changes: CatalogChanges,
  syncedAt: string,
  /** The locales the page's rows carry: held from now on when the page starts from the beginning. */
  locales: readonly TranslatedLocale[],
): Promise<'applied' | 'stale'> {
  const started = performance.now()
  const outcome = await db.transaction('rw', db.categories, db.products, db.meta, async () => {
    if ((await readCatalogCursor(db)) !== since) return 'stale'
    const categories = splitTombstones(changes.categories)
    const products = splitTombstones(changes.products)
    await db.categories.bulkDelete(categories.deletedIds)
    await db.categories.bulkPut(categories.live)
    await db.products.bulkDelete(products.deletedIds)
    await db.products.bulkPut(products.live.map(toLocalProduct))
    await db.meta.put({ key: metaKeys.catalogCursor, value: changes.cursor })
    if (since === '') {
      await db.meta.delete(metaKeys.catalogSnapshot)
      await db.meta.put({ key: metaKeys.catalogLocales, value: locales })
    }
    if (!changes.hasMore) await db.meta.put({ key: metaKeys.catalogSyncedAt, value: syncedAt })
    return 'applied' as const
  })
  const rows = changes.categories.length + changes.products.length
  performance.measure('catalog-sync:write', { start: started, detail: { rows } })
  return outcome
}

function splitTombstones<T extends SyncedCategory | SyncedProduct>(rows: readonly T[]) {
  const live: T[] = []
  const deletedIds: T['id'][] = []
  for (const row of rows) {
    if (row.deletedAt === null) live.push(row)
    else deletedIds.push(row.id)
  }
  return { live, deletedIds }
}

/** The code the page shows for a failed pull (`t('errors.' + code)`). */
export function classifySyncError(error: unknown): CatalogSyncError {
  if (error instanceof ApiError) return error.code
  if (isQuotaExceededError(error)) return 'QUOTA_EXCEEDED'
  return 'INTERNAL'
}
