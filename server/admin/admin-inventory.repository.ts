/** The only SQL of the admin's inventory: products with stock and price, listed and adjusted. */
import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm'
import type { InventoryItem } from '../../shared/catalog/admin-inventory-schema.ts'
import { asCategoryId, asProductId } from '../../shared/ids.ts'
import { categories, products, productVariants } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

/** Where the previous page ended; `stock` only in low-stock order. */
export type InventoryCursor = { readonly stock?: number; readonly name: string; readonly id: string }

export type InventoryFilter = {
  readonly search: string | undefined
  readonly lowStockFirst: boolean
  readonly after: InventoryCursor | null
  readonly limit: number
}

const itemColumns = {
  id: products.id,
  slug: products.slug,
  name: products.name,
  categoryId: products.categoryId,
  categoryName: categories.name,
  price: products.price,
  currency: products.currency,
  stock: products.stock,
  version: products.version,
}

type ItemRow = { [K in keyof typeof itemColumns]: (typeof itemColumns)[K]['_']['data'] }

/** One keyset page of live products, by name or lowest stock first; `limit + 1` rows to tell if more follow. */
export async function listInventory(db: Db, filter: InventoryFilter): Promise<InventoryItem[]> {
  const order = filter.lowStockFirst
    ? [asc(products.stock), asc(products.name), asc(products.id)]
    : [asc(products.name), asc(products.id)]
  const rows = await db
    .select(itemColumns)
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(and(isNull(products.deletedAt), matches(filter.search), after(filter)))
    .orderBy(...order)
    .limit(filter.limit + 1)
  return rows.map(toItem)
}

function matches(search: string | undefined): SQL | undefined {
  if (!search) return undefined
  const prefix = `${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
  return sql`(${products.name} ilike ${prefix} or ${products.slug} ilike ${prefix})`
}

function after(filter: InventoryFilter): SQL | undefined {
  const cursor = filter.after
  if (!cursor) return undefined
  if (filter.lowStockFirst)
    return sql`(${products.stock}, ${products.name}, ${products.id}) > (${cursor.stock ?? 0}, ${cursor.name}, ${cursor.id}::uuid)`
  return sql`(${products.name}, ${products.id}) > (${cursor.name}, ${cursor.id}::uuid)`
}

export async function readInventoryItem(db: Db, productId: string): Promise<InventoryItem | undefined> {
  const [row] = await db
    .select(itemColumns)
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(and(eq(products.id, productId), isNull(products.deletedAt)))
  return row && toItem(row)
}

/**
 * Adds `delta` in one conditional UPDATE, never read-then-write, so a checkout reserving units at the
 * same moment is never overwritten. False when the result would go below zero (or no such product).
 */
export async function adjustStock(db: Db, productId: string, delta: number): Promise<boolean> {
  // The stock lives on the variants (DESIGN §10): here, the one variant of a product sold in one form.
  const updated = await db
    .update(productVariants)
    .set({ stock: sql`${productVariants.stock} + ${delta}` })
    .where(
      and(
        eq(productVariants.productId, productId),
        isNull(productVariants.deletedAt),
        sql`${productVariants.stock} + ${delta} >= 0`,
        sql`exists (select 1 from ${products} where ${products.id} = ${productId} and ${products.deletedAt} is null)`,
      ),
    )
    .returning({ id: productVariants.id })
  return updated.length === 1
}

/** Sets the price only if nobody changed the product since `expectedVersion`; false otherwise. */
export async function setPriceAtVersion(
  db: Db,
  productId: string,
  price: number,
  expectedVersion: number,
): Promise<boolean> {
  const current = sql`exists (select 1 from ${products} where ${products.id} = ${productId}
    and ${products.deletedAt} is null and ${products.version} = ${expectedVersion})`
  const updated = await db
    .update(productVariants)
    .set({ price })
    .where(and(eq(productVariants.productId, productId), isNull(productVariants.deletedAt), current))
    .returning({ id: productVariants.id })
  return updated.length > 0
}

/** Locks the product row for the rest of the transaction (checkouts wait, in product id order as ever). */
export async function lockInventoryItem(db: Db, productId: string): Promise<InventoryItem | undefined> {
  await db.execute(sql`select 1 from ${products} where ${products.id} = ${productId} for update`)
  return readInventoryItem(db, productId)
}

function toItem(row: ItemRow): InventoryItem {
  return {
    ...row,
    id: asProductId(row.id),
    categoryId: asCategoryId(row.categoryId),
    version: Number(row.version),
  }
}
