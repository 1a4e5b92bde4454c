/**
 * The only SQL of the admin's inventory: products with their live variants, listed, and a variant's
 * stock and price adjusted. Stock and price are written on product_variants only; the
 * `product_variants_roll_up` trigger carries the totals to the product and moves its sync version.
 */
import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm'
import type { InventoryItem, InventoryVariant } from '../../shared/catalog/admin-inventory-schema.ts'
import { asCategoryId, asProductId, asVariantId } from '../../shared/ids.ts'
import { categories, products, productVariants } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

/** Where the previous page ended; `stock` (the scarcest variant's) only in low-stock order. */
export type InventoryCursor = { readonly stock?: number; readonly name: string; readonly id: string }

export type InventoryFilter = {
  readonly search: string | undefined
  readonly lowStockFirst: boolean
  readonly after: InventoryCursor | null
  readonly limit: number
}

/** The outer row's id, qualified: inside a subquery a bare `"id"` (drizzle's way without a join) would mean `v.id`. */
const outerProductId = sql`${products}.${sql.identifier(products.id.name)}`

/** The product's live variants with their revisions, in display order, read with the product. */
const liveVariants = sql<unknown>`(
  select coalesce(jsonb_agg(jsonb_build_object(
    'id', v.id, 'sku', v.sku, 'optionValues', v.option_values, 'price', v.price,
    'compareAtPrice', v.compare_at_price, 'stock', v.stock, 'revision', v.revision
  ) order by v.position, v.id), '[]'::jsonb)
  from ${productVariants} v
  where v.product_id = ${outerProductId} and v.deleted_at is null
)`

/** The stock of the product's scarcest live variant: the low-stock order's key. */
const lowestStock = sql<number>`coalesce((
  select min(v.stock) from ${productVariants} v where v.product_id = ${outerProductId} and v.deleted_at is null
), 0)`

const itemColumns = {
  id: products.id,
  slug: products.slug,
  name: products.name,
  categoryId: products.categoryId,
  categoryName: categories.name,
  currency: products.currency,
  stock: products.stock,
  options: products.options,
  variants: liveVariants,
  lowestStock,
}

type ItemRow = Pick<
  typeof products.$inferSelect,
  'id' | 'slug' | 'name' | 'categoryId' | 'currency' | 'stock' | 'options'
> & {
  readonly categoryName: string
  readonly variants: unknown
}

export type ListedItem = InventoryItem & { readonly lowestStock: number }

/** One keyset page of live products, by name or scarcest variant first; `limit + 1` rows to tell if more follow. */
export async function listInventory(db: Db, filter: InventoryFilter): Promise<ListedItem[]> {
  const order = filter.lowStockFirst
    ? [asc(lowestStock), asc(products.name), asc(products.id)]
    : [asc(products.name), asc(products.id)]
  const rows = await db
    .select(itemColumns)
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(and(isNull(products.deletedAt), matches(filter.search), after(filter)))
    .orderBy(...order)
    .limit(filter.limit + 1)
  return rows.map((row) => ({ ...toItem(row), lowestStock: Number(row.lowestStock) }))
}

function matches(search: string | undefined): SQL | undefined {
  if (!search) return undefined
  const prefix = `${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
  const skuMatches = sql`exists (
    select 1 from ${productVariants} v
    where v.product_id = ${outerProductId} and v.deleted_at is null and v.sku ilike ${prefix}
  )`
  return sql`(${products.name} ilike ${prefix} or ${products.slug} ilike ${prefix} or ${skuMatches})`
}

function after(filter: InventoryFilter): SQL | undefined {
  const cursor = filter.after
  if (!cursor) return undefined
  if (filter.lowStockFirst)
    return sql`(${lowestStock}, ${products.name}, ${products.id}) > (${cursor.stock ?? 0}::integer, ${cursor.name}, ${cursor.id}::uuid)`
  return sql`(${products.name}, ${products.id}) > (${cursor.name}, ${cursor.id}::uuid)`
}

/** A live product with its live variants, or undefined. */
export async function readInventoryItem(db: Db, productId: string): Promise<InventoryItem | undefined> {
  const [row] = await db
    .select(itemColumns)
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(and(eq(products.id, productId), isNull(products.deletedAt)))
  return row && toItem(row)
}

export type LockedVariant = {
  readonly productId: string
  readonly stock: number
  readonly price: number
  readonly compareAtPrice: number | null
  readonly revision: number
}

/**
 * Locks one live variant of a live product for the rest of the transaction: a checkout taking units
 * of it waits, and its revision cannot move between the check and the write.
 */
export async function lockLiveVariant(db: Db, variantId: string): Promise<LockedVariant | undefined> {
  const [row] = await db
    .select({
      productId: productVariants.productId,
      stock: productVariants.stock,
      price: productVariants.price,
      compareAtPrice: productVariants.compareAtPrice,
      revision: productVariants.revision,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(and(eq(productVariants.id, variantId), isNull(productVariants.deletedAt), isNull(products.deletedAt)))
    .for('update', { of: productVariants })
  return row
}

/**
 * Adds `delta` in one conditional UPDATE, never read-then-write, so a checkout reserving units at the
 * same moment is never overwritten. False when the result would go below zero (or no such variant).
 */
export async function adjustVariantStock(db: Db, variantId: string, delta: number): Promise<boolean> {
  const updated = await db
    .update(productVariants)
    .set({ stock: sql`${productVariants.stock} + ${delta}` })
    .where(
      and(
        eq(productVariants.id, variantId),
        isNull(productVariants.deletedAt),
        sql`${productVariants.stock} + ${delta} >= 0`,
      ),
    )
    .returning({ id: productVariants.id })
  return updated.length === 1
}

/** Sets price and compare-at price only if the variant is still at `expectedRevision`; false otherwise. */
export async function setVariantPriceAtRevision(
  db: Db,
  variantId: string,
  prices: { readonly price: number; readonly compareAtPrice: number | null },
  expectedRevision: number,
): Promise<boolean> {
  const updated = await db
    .update(productVariants)
    .set(prices)
    .where(
      and(
        eq(productVariants.id, variantId),
        isNull(productVariants.deletedAt),
        eq(productVariants.revision, expectedRevision),
      ),
    )
    .returning({ id: productVariants.id })
  return updated.length === 1
}

function toItem(row: ItemRow): InventoryItem {
  return {
    id: asProductId(row.id),
    slug: row.slug,
    name: row.name,
    categoryId: asCategoryId(row.categoryId),
    categoryName: row.categoryName,
    currency: row.currency,
    stock: row.stock,
    options: row.options,
    variants: parseVariants(row.variants),
  }
}

// postgres-js may hand jsonb over as text; PGlite parses it. Ids are branded on the way in.
function parseVariants(value: unknown): InventoryVariant[] {
  const variants = (typeof value === 'string' ? JSON.parse(value) : value) as InventoryVariant[]
  return variants.map((variant) => ({ ...variant, id: asVariantId(variant.id) }))
}
