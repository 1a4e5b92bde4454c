/**
 * Change feed reads: rows written by transactions at or after the cursor's floor, tombstones
 * included, in (writing transaction, id) order, plus the snapshot's oldest running transaction.
 */
import { and, asc, gte, type SQL, sql } from 'drizzle-orm'
import type { TranslatedLocale } from '../../shared/catalog/catalog-translation.ts'
import type { SyncedCategory, SyncedProduct } from '../../shared/sync/catalog-changes.ts'
import type { CatalogCursor } from '../../shared/sync/catalog-cursor.ts'
import { pickTranslations } from '../../shared/sync/catalog-locales.ts'
import { type CategoryRow, type ProductRow, productColumns, toCategory, toProduct } from '../catalog/catalog-rows.ts'
import { categories, products } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'
import { rowsOf } from '../platform/migrate.ts'

/** A row of the feed with the transaction that wrote it. */
export type Fed<T> = { readonly row: T; readonly xact: bigint }

type FeedTable = typeof categories | typeof products

function feedFilter(table: FeedTable, cursor: CatalogCursor): SQL | undefined {
  const floor = gte(table.xactId, sql`${cursor.floor.toString()}::xid8`)
  if (!cursor.page) return floor
  const { afterXact, afterId } = cursor.page
  return and(floor, sql`(${table.xactId}, ${table.id}) > (${afterXact.toString()}::xid8, ${afterId}::uuid)`)
}

/** The row in the default language, with the translations of `locales` it has (none: no field). */
export function toSyncedProduct(row: ProductRow, locales: readonly TranslatedLocale[]): SyncedProduct {
  const translations = pickTranslations(row.translations, locales)
  return translations ? { ...toProduct(row), translations } : toProduct(row)
}

export function toSyncedCategory(row: CategoryRow, locales: readonly TranslatedLocale[]): SyncedCategory {
  const translations = pickTranslations(row.translations, locales)
  return translations ? { ...toCategory(row), translations } : toCategory(row)
}

export async function categoriesChangedSince(
  db: Db,
  cursor: CatalogCursor,
  limit: number,
  locales: readonly TranslatedLocale[],
) {
  const rows = await db
    .select({ category: categories, xact: sql<string>`${categories.xactId}::text` })
    .from(categories)
    .where(feedFilter(categories, cursor))
    .orderBy(asc(categories.xactId), asc(categories.id))
    .limit(limit)
  return rows.map((r): Fed<SyncedCategory> => ({ row: toSyncedCategory(r.category, locales), xact: BigInt(r.xact) }))
}

export async function productsChangedSince(
  db: Db,
  cursor: CatalogCursor,
  limit: number,
  locales: readonly TranslatedLocale[],
) {
  const rows = await db
    .select({ product: productColumns, xact: sql<string>`${products.xactId}::text` })
    .from(products)
    .where(feedFilter(products, cursor))
    .orderBy(asc(products.xactId), asc(products.id))
    .limit(limit)
  return rows.map((r): Fed<SyncedProduct> => ({ row: toSyncedProduct(r.product, locales), xact: BigInt(r.xact) }))
}

/**
 * The snapshot's transaction horizon: `oldestRunning` is the oldest transaction still running (or
 * the next id when none is), so every transaction not yet committed from this snapshot's point of
 * view is at or above it; `next` is the next transaction id to be assigned.
 */
export async function transactionHorizon(db: Db): Promise<{ oldestRunning: bigint; next: bigint }> {
  const result = await db.execute(
    sql`select pg_snapshot_xmin(s)::text as xmin, pg_snapshot_xmax(s)::text as xmax from pg_current_snapshot() as s`,
  )
  const [row] = rowsOf(result) as { xmin: string; xmax: string }[]
  if (!row) throw new Error('pg_current_snapshot() returned no row')
  return { oldestRunning: BigInt(row.xmin), next: BigInt(row.xmax) }
}
