/**
 * The only SQL of the storefront feature: collections, the home layout, the products a collection
 * or a home row lists, and best sellers from paid orders.
 */
import { and, asc, desc, eq, inArray, isNull, ne, type SQL, sql } from 'drizzle-orm'
import type { Product } from '../../shared/catalog/product.ts'
import { defaultLocale, type Locale } from '../../shared/i18n/locales.ts'
import { asProductId, type ProductId } from '../../shared/ids.ts'
import type { Collection, CollectionRule } from '../../shared/storefront/collection.ts'
import type { HomeBlock, HomeLayout } from '../../shared/storefront/home-blocks.ts'
import { productColumns, toProduct } from '../catalog/catalog-rows.ts'
import { collections, homeLayout, orderLines, orders, products } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export type CollectionRow = typeof collections.$inferSelect

export function toCollection(row: CollectionRow): Collection {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    image: row.image ?? null,
    kind: row.kind,
    rule: row.rule,
    productIds: row.productIds.map(asProductId),
    position: row.position,
  }
}

/** Live collections in the admin's order; `published` only those shoppers see. */
export async function listCollectionRows(db: Db, filter: { readonly published: boolean }): Promise<CollectionRow[]> {
  return db
    .select()
    .from(collections)
    .where(and(isNull(collections.deletedAt), filter.published ? eq(collections.published, true) : undefined))
    .orderBy(asc(collections.position), asc(collections.slug))
}

export async function findPublishedCollection(db: Db, slug: string): Promise<Collection | null> {
  const [row] = await db
    .select()
    .from(collections)
    .where(and(eq(collections.slug, slug), eq(collections.published, true), isNull(collections.deletedAt)))
  return row ? toCollection(row) : null
}

/** The stored layout, or null before the admin (or the demo seed) wrote one. */
export async function readHomeLayout(db: Db): Promise<HomeLayout | null> {
  const [row] = await db.select({ blocks: homeLayout.blocks }).from(homeLayout).where(eq(homeLayout.id, 'home'))
  return row ? { blocks: row.blocks } : null
}

export async function writeHomeLayout(db: Db, blocks: readonly HomeBlock[]): Promise<void> {
  const value = [...blocks]
  await db
    .insert(homeLayout)
    .values({ id: 'home', blocks: value })
    .onConflictDoUpdate({ target: homeLayout.id, set: { blocks: value } })
}

/**
 * The live products a rule collection lists, newest first, as `matchesCollectionRule` decides
 * (shared/storefront/collection-rules.ts; a db test holds the two equal). Read in SQL so a rule over a
 * large catalog reads only the page it shows.
 */
export async function listRuleProducts(
  db: Db,
  rule: CollectionRule,
  limit: number,
  locale: Locale = defaultLocale,
): Promise<Product[]> {
  const conditions: (SQL | undefined)[] = [
    isNull(products.deletedAt),
    rule.tags.length > 0 ? sql`${products.tags} && ${toTextArray(rule.tags)}` : undefined,
    rule.brands.length > 0 ? inArray(products.brand, [...rule.brands]) : undefined,
    rule.minPrice !== null ? sql`${products.price} >= ${rule.minPrice}` : undefined,
    rule.maxPrice !== null ? sql`${products.price} <= ${rule.maxPrice}` : undefined,
    rule.onSale
      ? sql`exists (select 1 from product_variants v where v.product_id = ${products.id} and v.deleted_at is null
          and v.compare_at_price is not null and v.compare_at_price > v.price)`
      : undefined,
  ]
  const rows = await db
    .select(productColumns)
    .from(products)
    .where(and(...conditions))
    .orderBy(desc(products.createdAt), desc(products.id))
    .limit(limit)
  return rows.map((row) => toProduct(row, locale))
}

/** Live products by id, in no particular order (callers order them). */
/** The products' texts in `locale` (the server-rendered pages); the default language elsewhere. */
export async function listLiveProductsByIds(
  db: Db,
  ids: readonly string[],
  locale: Locale = defaultLocale,
): Promise<Product[]> {
  if (ids.length === 0) return []
  const rows = await db
    .select(productColumns)
    .from(products)
    .where(and(inArray(products.id, [...ids]), isNull(products.deletedAt)))
  return rows.map((row) => toProduct(row, locale))
}

/** Live products by slug; the admin names a manual collection's products so. */
export async function findLiveProductIdsBySlugs(db: Db, slugs: readonly string[]): Promise<Map<string, ProductId>> {
  if (slugs.length === 0) return new Map()
  const rows = await db
    .select({ id: products.id, slug: products.slug })
    .from(products)
    .where(and(inArray(products.slug, [...slugs]), isNull(products.deletedAt)))
  return new Map(rows.map((row) => [row.slug, asProductId(row.id)]))
}

export async function findProductSlugsByIds(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .select({ id: products.id, slug: products.slug })
    .from(products)
    .where(inArray(products.id, [...ids]))
  return new Map(rows.map((row) => [row.id, row.slug]))
}

/** The newest live products' ids. */
export async function listNewestProductIds(db: Db, limit: number): Promise<ProductId[]> {
  if (limit === 0) return []
  const rows = await db
    .select({ id: products.id })
    .from(products)
    .where(isNull(products.deletedAt))
    .orderBy(desc(products.createdAt), desc(products.id))
    .limit(limit)
  return rows.map((row) => asProductId(row.id))
}

/** Orders whose money was taken and not wholly given back. */
const soldStatuses = ['paid', 'fulfilling', 'shipped', 'delivered', 'partially_refunded'] as const

/**
 * Live products by units sold in orders placed since `since` that were paid, most first (ties by id):
 * the home page's best sellers. Empty before the first sale.
 */
export async function listBestSellerIds(db: Db, since: Date, limit: number): Promise<ProductId[]> {
  if (limit === 0) return []
  const units = sql<number>`sum(${orderLines.quantity})`
  const rows = await db
    .select({ id: orderLines.productId })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(products, eq(products.id, orderLines.productId))
    .where(
      and(
        inArray(orders.status, [...soldStatuses]),
        sql`${orders.createdAt} >= ${since.toISOString()}::timestamptz`,
        isNull(products.deletedAt),
      ),
    )
    .groupBy(orderLines.productId)
    .orderBy(desc(units), asc(orderLines.productId))
    .limit(limit)
  return rows.map((row) => asProductId(row.id))
}

export type CollectionWrite = Omit<typeof collections.$inferInsert, 'id' | 'version' | 'xactId' | 'updatedAt'>

export async function insertCollection(db: Db, values: CollectionWrite): Promise<CollectionRow> {
  const [row] = await db.insert(collections).values(values).returning()
  if (!row) throw new Error('insert into collections returned no row')
  return row
}

export async function updateLiveCollection(db: Db, id: string, values: CollectionWrite): Promise<CollectionRow | null> {
  const [row] = await db
    .update(collections)
    .set(values)
    .where(and(eq(collections.id, id), isNull(collections.deletedAt)))
    .returning()
  return row ?? null
}

export async function softDeleteCollection(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .update(collections)
    .set({ deletedAt: sql`now()` })
    .where(and(eq(collections.id, id), isNull(collections.deletedAt)))
    .returning({ id: collections.id })
  return rows.length > 0
}

/** Whether another live collection has the slug. */
export async function isSlugTaken(db: Db, slug: string, exceptId: string | null): Promise<boolean> {
  const rows = await db
    .select({ id: collections.id })
    .from(collections)
    .where(
      and(
        eq(collections.slug, slug),
        isNull(collections.deletedAt),
        exceptId ? ne(collections.id, exceptId) : undefined,
      ),
    )
  return rows.length > 0
}

export async function nextCollectionPosition(db: Db): Promise<number> {
  const [row] = await db
    .select({ next: sql<number>`coalesce(max(${collections.position}) + 1, 0)::integer` })
    .from(collections)
    .where(isNull(collections.deletedAt))
  return row?.next ?? 0
}

function toTextArray(values: readonly string[]): SQL {
  return sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`
}
