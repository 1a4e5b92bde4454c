import { and, eq, isNull } from 'drizzle-orm'
import { categories, products } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

/** What the art of a product is drawn from (its type comes from name and tags); null for no live product. */
export type ProductArtFacts = { readonly name: string; readonly tags: readonly string[]; readonly categorySlug: string }

export async function findLiveProductArtFacts(db: Db, productSlug: string): Promise<ProductArtFacts | null> {
  const [row] = await db
    .select({ name: products.name, tags: products.tags, categorySlug: categories.slug })
    .from(products)
    .innerJoin(categories, eq(products.categoryId, categories.id))
    .where(and(eq(products.slug, productSlug), isNull(products.deletedAt)))
  return row ?? null
}
