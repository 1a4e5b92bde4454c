/**
 * "You may also like" on a product page: other products of the same category, the same brand or
 * with shared tags, the ones in stock first, then the closest matches. One pure function for the
 * server's HTML and the app (which ranks the device's catalog, offline too), so both list the same
 * products in the same order and the page does not change when the app takes over.
 */
import type { Product } from './product.ts'

/** How many related products a product page shows. */
export const relatedProductsLimit = 4

/** How much each kind of likeness counts: a category match outweighs a brand, a brand two tags. */
const weights = { category: 4, brand: 2, tag: 1 } as const

/** How closely `candidate` resembles `product`; 0 when they have nothing in common. */
export function relatedness(product: Product, candidate: Product): number {
  const tags = new Set(product.tags)
  const sharedTags = new Set(candidate.tags.filter((tag) => tags.has(tag))).size
  return (
    (candidate.categoryId === product.categoryId ? weights.category : 0) +
    (candidate.brand === product.brand ? weights.brand : 0) +
    sharedTags * weights.tag
  )
}

/**
 * Up to `limit` products related to `product`, from `candidates` (any products; duplicates,
 * deleted ones and the product itself are skipped): in stock before sold out, then by relatedness,
 * then newest first, then by id, so the same catalog always gives the same list.
 */
export function relatedProducts(
  product: Product,
  candidates: Iterable<Product>,
  limit: number = relatedProductsLimit,
): Product[] {
  const scored = new Map<string, { readonly product: Product; readonly score: number }>()
  for (const candidate of candidates) {
    if (candidate.id === product.id || candidate.deletedAt !== null || scored.has(candidate.id)) continue
    const score = relatedness(product, candidate)
    if (score > 0) scored.set(candidate.id, { product: candidate, score })
  }
  return [...scored.values()]
    .sort(
      (a, b) =>
        Number(b.product.stock > 0) - Number(a.product.stock > 0) ||
        b.score - a.score ||
        compare(b.product.createdAt, a.product.createdAt) ||
        compare(a.product.id, b.product.id),
    )
    .slice(0, limit)
    .map((entry) => entry.product)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
