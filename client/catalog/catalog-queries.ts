/**
 * Reads of the local catalog, written as Dexie queriers for `createLiveQuery`: every Dexie call in
 * them is tracked, so the view updates when a sync touches the rows it shows. Each answers in
 * `locale` (localized-catalog.ts): a view passes its language and re-queries when it changes.
 */
import { Dexie } from 'dexie'
import type { Category, Product, ProductSort } from '../../shared/catalog/product.ts'
import { relatedProducts } from '../../shared/catalog/related-products.ts'
import type { Locale } from '../../shared/i18n/locales.ts'
import type { LocalDb, LocalProduct } from '../local-data/local-db.ts'
import { localizedCategory, localizedProduct, localizedProducts } from './localized-catalog.ts'

export type CategoryListing = {
  readonly category: Category | undefined
  readonly products: readonly Product[]
  readonly total: number
}

export async function listCategories(db: LocalDb, locale: Locale): Promise<Category[]> {
  return (await db.categories.orderBy('position').toArray()).map((category) => localizedCategory(category, locale))
}

/** Featured products, newest first. The sparse `featuredKey` index holds only featured rows. */
export async function listFeaturedProducts(db: LocalDb, limit: number, locale: Locale): Promise<Product[]> {
  const featured = await db.products.where('featuredKey').equals(1).toArray()
  return localizedProducts(featured.sort(byNewest).slice(0, limit), locale)
}

export async function findProductBySlug(db: LocalDb, slug: string, locale: Locale): Promise<Product | undefined> {
  const product = await db.products.where('slug').equals(slug).first()
  return product && localizedProduct(product, locale)
}

/**
 * "You may also like" from the device's catalog (offline too): the products sharing the category,
 * brand or a tag, ranked by `relatedProducts` as the server ranks its own.
 */
export async function listRelatedProducts(db: LocalDb, product: Product, locale: Locale): Promise<Product[]> {
  const [sameCategory, sameBrand, sameTags] = await Promise.all([
    db.products.where('categoryId').equals(product.categoryId).toArray(),
    db.products.where('brand').equals(product.brand).toArray(),
    product.tags.length > 0
      ? db.products
          .where('tags')
          .anyOf([...product.tags])
          .toArray()
      : [],
  ])
  return localizedProducts(relatedProducts(product, [...sameCategory, ...sameBrand, ...sameTags]), locale)
}

export async function findCategoryById(db: LocalDb, id: Category['id'], locale: Locale): Promise<Category | undefined> {
  const category = await db.categories.get(id)
  return category && localizedCategory(category, locale)
}

/** One category's first `limit` products in `sort` order, straight off a compound index. */
export async function listCategoryProducts(
  db: LocalDb,
  slug: string,
  sort: ProductSort,
  limit: number,
  locale: Locale,
): Promise<CategoryListing> {
  const stored = await db.categories.where('slug').equals(slug).first()
  if (!stored) return { category: undefined, products: [], total: 0 }
  const category = localizedCategory(stored, locale)
  const index = sort === 'newest' ? '[categoryId+createdAt]' : '[categoryId+price]'
  const range = db.products.where(index).between([category.id, Dexie.minKey], [category.id, Dexie.maxKey])
  const ordered = sort === 'price_asc' ? range : range.reverse()
  const [products, total] = await Promise.all([
    ordered.limit(limit).toArray(),
    db.products.where('categoryId').equals(category.id).count(),
  ])
  return { category, products: localizedProducts(products, locale), total }
}

function byNewest(a: LocalProduct, b: LocalProduct): number {
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0
}

/**
 * Every live product of one category, for its filters (shared/catalog/category-filters.ts). Read only
 * while filters are on or the filter panel is open: a plain visit pages through the index instead.
 */
export async function listAllCategoryProducts(
  db: LocalDb,
  slug: string,
  locale: Locale,
): Promise<{ readonly category: Category | undefined; readonly products: readonly Product[] }> {
  const category = await db.categories.where('slug').equals(slug).first()
  if (!category) return { category: undefined, products: [] }
  const products = await db.products.where('categoryId').equals(category.id).toArray()
  return { category: localizedCategory(category, locale), products: localizedProducts(products, locale) }
}
