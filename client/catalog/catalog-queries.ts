/**
 * Reads of the local catalog, written as Dexie queriers for `createLiveQuery`: every Dexie call in
 * them is tracked, so the view updates when a sync touches the rows it shows.
 */
import { Dexie } from 'dexie'
import type { Category, Product, ProductSort } from '../../shared/catalog/product.ts'
import { relatedProducts } from '../../shared/catalog/related-products.ts'
import type { LocalDb } from '../offline/local-db.ts'

export type CategoryListing = {
  readonly category: Category | undefined
  readonly products: readonly Product[]
  readonly total: number
}

export function listCategories(db: LocalDb): Promise<Category[]> {
  return db.categories.orderBy('position').toArray()
}

/** Featured products, newest first. The sparse `featuredKey` index holds only featured rows. */
export async function listFeaturedProducts(db: LocalDb, limit: number): Promise<Product[]> {
  const featured = await db.products.where('featuredKey').equals(1).toArray()
  return featured.sort(byNewest).slice(0, limit)
}

export function findProductBySlug(db: LocalDb, slug: string): Promise<Product | undefined> {
  return db.products.where('slug').equals(slug).first()
}

/**
 * "You may also like" from the device's catalog (offline too): the products sharing the category,
 * brand or a tag, ranked by `relatedProducts` as the server ranks its own.
 */
export async function listRelatedProducts(db: LocalDb, product: Product): Promise<Product[]> {
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
  return relatedProducts(product, [...sameCategory, ...sameBrand, ...sameTags])
}

export function findCategoryById(db: LocalDb, id: Category['id']): Promise<Category | undefined> {
  return db.categories.get(id)
}

/** One category's first `limit` products in `sort` order, straight off a compound index. */
export async function listCategoryProducts(
  db: LocalDb,
  slug: string,
  sort: ProductSort,
  limit: number,
): Promise<CategoryListing> {
  const category = await db.categories.where('slug').equals(slug).first()
  if (!category) return { category, products: [], total: 0 }
  const index = sort === 'newest' ? '[categoryId+createdAt]' : '[categoryId+price]'
  const range = db.products.where(index).between([category.id, Dexie.minKey], [category.id, Dexie.maxKey])
  const ordered = sort === 'price_asc' ? range : range.reverse()
  const [products, total] = await Promise.all([
    ordered.limit(limit).toArray(),
    db.products.where('categoryId').equals(category.id).count(),
  ])
  return { category, products, total }
}

function byNewest(a: Product, b: Product): number {
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0
}

/**
 * Every live product of one category, for its filters (shared/catalog/category-filters.ts). Read only
 * while filters are on or the filter panel is open: a plain visit pages through the index instead.
 */
export async function listAllCategoryProducts(
  db: LocalDb,
  slug: string,
): Promise<{ readonly category: Category | undefined; readonly products: readonly Product[] }> {
  const category = await db.categories.where('slug').equals(slug).first()
  if (!category) return { category, products: [] }
  return { category, products: await db.products.where('categoryId').equals(category.id).toArray() }
}
