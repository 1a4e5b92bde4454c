/**
 * Reads for the catalog snapshot file (catalog-snapshot.ts): the plan (live categories, the order of
 * the live products, the transaction horizon) in one short read-only transaction, then the products
 * by id in batches, each its own statement, so PGlite's one connection is never held for long.
 */
import { asc, desc, inArray, isNull } from 'drizzle-orm'
import type { TranslatedLocale } from '../../shared/catalog/catalog-translation.ts'
import type { SyncedCategory, SyncedProduct } from '../../shared/sync/catalog-changes.ts'
import { productColumns } from '../catalog/catalog-rows.ts'
import { categories, products } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'
import { toSyncedCategory, toSyncedProduct, transactionHorizon } from './catalog-sync.repository.ts'

export type SnapshotPlan = {
  readonly categories: readonly SyncedCategory[]
  /** Live product ids in file order: featured first, then newest first (ties by id). */
  readonly productIds: readonly string[]
  /** The oldest transaction running when the plan was read: the snapshot's cursor floor. */
  readonly oldestRunning: bigint
}

/**
 * Featured first, then newest first: a client applying the file top down can show the home page's
 * featured grid after its first chunk, and every category's newest products (a category page's
 * default order) early, each category filling in the order it lists them.
 */
export async function readSnapshotPlan(db: Db, locales: readonly TranslatedLocale[]): Promise<SnapshotPlan> {
  return db.transaction(
    async (tx) => {
      const horizon = await transactionHorizon(tx)
      const categoryRows = await tx
        .select()
        .from(categories)
        .where(isNull(categories.deletedAt))
        .orderBy(asc(categories.position), asc(categories.id))
      const productRows = await tx
        .select({ id: products.id })
        .from(products)
        .where(isNull(products.deletedAt))
        .orderBy(desc(products.featured), desc(products.createdAt), asc(products.id))
      return {
        categories: categoryRows.map((row) => toSyncedCategory(row, locales)),
        productIds: productRows.map((row) => row.id),
        oldestRunning: horizon.oldestRunning,
      }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  )
}

/**
 * The products with these ids as they are now, in the order of `ids`; one deleted (or changed) since
 * the plan was read is left out (or taken as it is now): either was written by a transaction at or
 * above the plan's floor, so the client's next pull sends it again (decision 0006).
 */
export async function readLiveProductsByIds(
  db: Db,
  ids: readonly string[],
  locales: readonly TranslatedLocale[],
): Promise<SyncedProduct[]> {
  if (ids.length === 0) return []
  const rows = await db
    .select(productColumns)
    .from(products)
    .where(inArray(products.id, [...ids]))
  const byId = new Map(rows.filter((row) => row.deletedAt === null).map((row) => [row.id, row]))
  return ids.flatMap((id) => {
    const row = byId.get(id)
    return row ? [toSyncedProduct(row, locales)] : []
  })
}
