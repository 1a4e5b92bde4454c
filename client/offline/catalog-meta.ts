/** Typed reads of the Dexie `meta` rows that describe the local catalog. */
import type { LocalDb } from './local-db.ts'
import { metaKeys } from './storage-keys.ts'

/** The `since` of the next pull: 0 on a device that has never synced. */
export async function readCatalogCursor(db: LocalDb): Promise<number> {
  const row = await db.meta.get(metaKeys.catalogCursor)
  return row && typeof row.value === 'number' ? row.value : 0
}
