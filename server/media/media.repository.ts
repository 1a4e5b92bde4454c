import { and, eq, isNull } from 'drizzle-orm'
import { categories, products } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

/** The category slug of a live product, which picks the silhouette of its art; null when unknown. */
export async function findLiveProductCategorySlug(db: Db, productSlug: string): Promise<string | null> {
  const [row] = await db
    .select({ categorySlug: categories.slug })
    .from(products)
    .innerJoin(categories, eq(products.categoryId, categories.id))
    .where(and(eq(products.slug, productSlug), isNull(products.deletedAt)))
  return row?.categorySlug ?? null
}
