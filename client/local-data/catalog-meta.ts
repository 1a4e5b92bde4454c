/** Typed reads of the Dexie `meta` rows that describe the local catalog. */
import type { TranslatedLocale } from '../../shared/catalog/catalog-translation.ts'
import { canonicalLocales } from '../../shared/sync/catalog-locales.ts'
import type { LocalDb, SnapshotProgress } from './local-db.ts'
import { metaKeys } from './storage-keys.ts'

/**
 * The `since` of the next pull (opaque, from the server): empty on a device that has never synced.
 * A number stored by the old version-based protocol reads as empty, so that device pulls afresh.
 */
export async function readCatalogCursor(db: LocalDb): Promise<string> {
  const row = await db.meta.get(metaKeys.catalogCursor)
  return row && typeof row.value === 'string' ? row.value : ''
}

/** How far a snapshot file is applied on this device; null when none is under way. */
export async function readSnapshotProgress(db: LocalDb): Promise<SnapshotProgress | null> {
  const row = await db.meta.get(metaKeys.catalogSnapshot)
  return row?.key === metaKeys.catalogSnapshot ? row.value : null
}

/** The locales whose translations the stored catalog holds; none on a device that has not pulled any. */
export async function readCatalogLocales(db: LocalDb): Promise<TranslatedLocale[]> {
  const row = await db.meta.get(metaKeys.catalogLocales)
  return row?.key === metaKeys.catalogLocales && Array.isArray(row.value) ? canonicalLocales(row.value) : []
}
