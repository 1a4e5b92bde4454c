/**
 * The SQL of the admin's translation editor: the texts of products and categories (English columns
 * and translations, no variants), and the write of a row's translations. The write goes through the
 * catalog trigger like any product edit, which stamps a new version, so the sync feed, the search
 * index and the cached catalog answers follow (decisions 0001, 0006).
 */
import { asc, eq, isNull } from 'drizzle-orm'
import type { CategoryTranslation, ProductTranslation, Translations } from '../../shared/catalog/catalog-translation.ts'
import type { ProductOption } from '../../shared/catalog/product.ts'
import { categories, products } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export type ProductTexts = {
  readonly id: string
  readonly slug: string
  readonly version: number
  readonly name: string
  readonly description: string
  readonly options: ProductOption[]
  readonly translations: Translations<ProductTranslation>
}

export type CategoryTexts = {
  readonly id: string
  readonly slug: string
  readonly version: number
  readonly name: string
  readonly description: string
  readonly translations: Translations<CategoryTranslation>
}

const productTexts = {
  id: products.id,
  slug: products.slug,
  version: products.version,
  name: products.name,
  description: products.description,
  options: products.options,
  translations: products.translations,
}

const categoryTexts = {
  id: categories.id,
  slug: categories.slug,
  version: categories.version,
  name: categories.name,
  description: categories.description,
  translations: categories.translations,
}

/** Every product on sale, by English name: the list and its counts are computed from these. */
export async function listLiveProductTexts(db: Db): Promise<ProductTexts[]> {
  const rows = await db
    .select(productTexts)
    .from(products)
    .where(isNull(products.deletedAt))
    .orderBy(asc(products.name), asc(products.id))
  return rows
}

export async function listLiveCategoryTexts(db: Db): Promise<CategoryTexts[]> {
  const rows = await db
    .select(categoryTexts)
    .from(categories)
    .where(isNull(categories.deletedAt))
    .orderBy(asc(categories.position), asc(categories.id))
  return rows
}

/** The product's texts; `lock` holds the row until the transaction ends, for a read-merge-write. */
export async function findProductTexts(db: Db, id: string, lock = false): Promise<ProductTexts | null> {
  const query = db.select(productTexts).from(products).where(eq(products.id, id))
  const [row] = lock ? await query.for('update') : await query
  return row ?? null
}

export async function findCategoryTexts(db: Db, id: string, lock = false): Promise<CategoryTexts | null> {
  const query = db.select(categoryTexts).from(categories).where(eq(categories.id, id))
  const [row] = lock ? await query.for('update') : await query
  return row ?? null
}

export async function writeProductTranslations(
  db: Db,
  id: string,
  translations: Translations<ProductTranslation>,
): Promise<ProductTexts> {
  const [row] = await db.update(products).set({ translations }).where(eq(products.id, id)).returning(productTexts)
  if (!row) throw new Error(`product ${id} vanished under its lock`)
  return row
}

export async function writeCategoryTranslations(
  db: Db,
  id: string,
  translations: Translations<CategoryTranslation>,
): Promise<CategoryTexts> {
  const [row] = await db.update(categories).set({ translations }).where(eq(categories.id, id)).returning(categoryTexts)
  if (!row) throw new Error(`category ${id} vanished under its lock`)
  return row
}
