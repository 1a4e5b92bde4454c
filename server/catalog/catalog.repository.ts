/** The only SQL of the catalog feature. Reads skip soft-deleted rows; sync reads them elsewhere. */
import { and, arrayOverlaps, asc, desc, eq, isNull, ne, or, type SQL, sql } from 'drizzle-orm'
import type { Category, Product, ProductSort } from '../../shared/catalog/product.ts'
import { defaultLocale, type Locale } from '../../shared/i18n/locales.ts'
import type { CategoryId } from '../../shared/ids.ts'
import { categories, products } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'
import { productColumns, toCategory, toProduct } from './catalog-rows.ts'
import type { ProductCursor } from './product-cursor.ts'

export async function listLiveCategories(db: Db, locale: Locale = defaultLocale): Promise<Category[]> {
  const rows = await db
    .select()
    .from(categories)
    .where(isNull(categories.deletedAt))
    .orderBy(asc(categories.position), asc(categories.id))
  return rows.map((row) => toCategory(row, locale))
}

export async function findLiveCategoryBySlug(
  db: Db,
  slug: string,
  locale: Locale = defaultLocale,
): Promise<Category | null> {
  const [row] = await db
    .select()
    .from(categories)
    .where(and(eq(categories.slug, slug), isNull(categories.deletedAt)))
  return row ? toCategory(row, locale) : null
}

export async function findLiveProductBySlug(
  db: Db,
  slug: string,
  locale: Locale = defaultLocale,
): Promise<Product | null> {
  const [row] = await db
    .select(productColumns)
    .from(products)
    .where(and(eq(products.slug, slug), isNull(products.deletedAt)))
  return row ? toProduct(row, locale) : null
}

/**
 * The live products that share `product`'s category, brand or a tag: every candidate
 * `relatedProducts` (shared/catalog/related-products.ts) could pick, which ranks them.
 */
export async function listLiveRelatedCandidates(
  db: Db,
  product: Pick<Product, 'id' | 'categoryId' | 'brand' | 'tags'>,
  locale: Locale = defaultLocale,
): Promise<Product[]> {
  const alike = [eq(products.categoryId, product.categoryId), eq(products.brand, product.brand)]
  if (product.tags.length > 0) alike.push(arrayOverlaps(products.tags, [...product.tags]))
  const rows = await db
    .select(productColumns)
    .from(products)
    .where(and(isNull(products.deletedAt), ne(products.id, product.id), or(...alike)))
  return rows.map((row) => toProduct(row, locale))
}

export type ProductListFilter = {
  readonly categoryId: CategoryId | undefined
  readonly featured: boolean | undefined
  readonly sort: ProductSort
  readonly after: ProductCursor | null
  readonly limit: number
  readonly locale?: Locale
}

/** One keyset page: rows strictly after `after` in (sort key, id) order — never OFFSET. */
export async function listLiveProducts(db: Db, filter: ProductListFilter): Promise<Product[]> {
  const conditions: (SQL | undefined)[] = [
    isNull(products.deletedAt),
    filter.categoryId ? eq(products.categoryId, filter.categoryId) : undefined,
    filter.featured === undefined ? undefined : eq(products.featured, filter.featured),
    filter.after ? afterCursor(filter.after) : undefined,
  ]
  const rows = await db
    .select(productColumns)
    .from(products)
    .where(and(...conditions))
    .orderBy(...orderFor(filter.sort))
    .limit(filter.limit)
  return rows.map((row) => toProduct(row, filter.locale))
}

// The id breaks ties in the same direction as the sort key, so one btree index scan serves each sort.
function orderFor(sort: ProductSort): SQL[] {
  switch (sort) {
    case 'newest':
      return [desc(products.createdAt), desc(products.id)]
    case 'price_asc':
      return [asc(products.price), asc(products.id)]
    case 'price_desc':
      return [desc(products.price), desc(products.id)]
  }
}

function afterCursor(cursor: ProductCursor): SQL {
  switch (cursor.sort) {
    case 'newest':
      return sql`(${products.createdAt}, ${products.id}) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`
    case 'price_asc':
      return sql`(${products.price}, ${products.id}) > (${cursor.price}::integer, ${cursor.id}::uuid)`
    case 'price_desc':
      return sql`(${products.price}, ${products.id}) < (${cursor.price}::integer, ${cursor.id}::uuid)`
  }
}

export async function countLiveProductsInCategory(db: Db, categoryId: CategoryId): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::integer` })
    .from(products)
    .where(and(eq(products.categoryId, categoryId), isNull(products.deletedAt)))
  return row?.count ?? 0
}

export type ProductSitemapEntry = { readonly slug: string; readonly updatedAt: string }

export async function countLiveProducts(db: Db): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::integer` })
    .from(products)
    .where(isNull(products.deletedAt))
  return row?.count ?? 0
}

/**
 * One sitemap chunk of live products in id order. OFFSET, unlike the API's keyset paging: a chunk is
 * addressed by its number, built once per catalog change and then served from the response cache.
 */
export async function listProductSitemapChunk(
  db: Db,
  chunk: { readonly index: number; readonly size: number },
): Promise<ProductSitemapEntry[]> {
  const rows = await db
    .select({ slug: products.slug, updatedAt: products.updatedAt })
    .from(products)
    .where(isNull(products.deletedAt))
    .orderBy(asc(products.id))
    .limit(chunk.size)
    .offset(chunk.index * chunk.size)
  return rows.map((row) => ({ slug: row.slug, updatedAt: new Date(row.updatedAt).toISOString() }))
}
