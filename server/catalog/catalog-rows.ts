/** Row → shared type mapping for catalog tables, used by every repository that reads them. */
import type { Category, Product } from '../../shared/catalog/product.ts'
import { asCategoryId, asProductId } from '../../shared/ids.ts'
import type { categories, products } from '../db/schema.ts'

export type CategoryRow = typeof categories.$inferSelect
export type ProductRow = typeof products.$inferSelect

export function toCategory(row: CategoryRow): Category {
  return {
    id: asCategoryId(row.id),
    slug: row.slug,
    name: row.name,
    description: row.description,
    position: row.position,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
  }
}

export function toProduct(row: ProductRow): Product {
  return {
    id: asProductId(row.id),
    slug: row.slug,
    name: row.name,
    description: row.description,
    brand: row.brand,
    tags: row.tags,
    categoryId: asCategoryId(row.categoryId),
    price: row.price,
    currency: row.currency,
    stock: row.stock,
    featured: row.featured,
    images: row.images,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
  }
}
