/** Change feed reads: every row above a version, tombstones included, oldest change first. */
import { asc, gt } from 'drizzle-orm'
import type { Category, Product } from '../../shared/catalog/product.ts'
import { toCategory, toProduct } from '../catalog/catalog-rows.ts'
import { categories, products } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export async function categoriesChangedSince(db: Db, since: number, limit: number): Promise<Category[]> {
  const rows = await db
    .select()
    .from(categories)
    .where(gt(categories.version, since))
    .orderBy(asc(categories.version))
    .limit(limit)
  return rows.map(toCategory)
}

export async function productsChangedSince(db: Db, since: number, limit: number): Promise<Product[]> {
  const rows = await db
    .select()
    .from(products)
    .where(gt(products.version, since))
    .orderBy(asc(products.version))
    .limit(limit)
  return rows.map(toProduct)
}
