/**
 * Which products a collection holds: one pure rule for the server's page and for the device's
 * catalog offline (client/catalog/storefront-queries.ts), so both list the same products in the same
 * order.
 */
import type { Product } from '../catalog/product.ts'
import { type Collection, type CollectionRule, collectionProductLimit } from './collection.ts'

/** Whether the rule names at least one criterion (see `CollectionRule`). */
export function hasCriteria(rule: CollectionRule): boolean {
  return (
    rule.tags.length > 0 || rule.brands.length > 0 || rule.minPrice !== null || rule.maxPrice !== null || rule.onSale
  )
}

/** Some variant of the product is sold below a struck-through price. */
export function isOnSale(product: Product): boolean {
  return product.variants.some((variant) => variant.compareAtPrice !== null && variant.compareAtPrice > variant.price)
}

export function matchesCollectionRule(rule: CollectionRule, product: Product): boolean {
  if (!hasCriteria(rule) || product.deletedAt !== null) return false
  if (rule.tags.length > 0 && !rule.tags.some((tag) => product.tags.includes(tag))) return false
  if (rule.brands.length > 0 && !rule.brands.includes(product.brand)) return false
  if (rule.minPrice !== null && product.price < rule.minPrice) return false
  if (rule.maxPrice !== null && product.price > rule.maxPrice) return false
  if (rule.onSale && !isOnSale(product)) return false
  return true
}

/** Newest first, ties by id descending: the catalog's `newest` order (server/catalog/catalog.repository.ts). */
export function byNewest(a: Product, b: Product): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0
}

/**
 * The products a collection page lists, from `candidates` (any superset of its products, in any
 * order): a manual collection's in the admin's order, skipping products no longer sold; a rule
 * collection's newest first. At most `collectionProductLimit`.
 */
export function selectCollectionProducts(collection: Collection, candidates: readonly Product[]): Product[] {
  if (collection.kind === 'manual') {
    const byId = new Map(candidates.map((product) => [product.id, product]))
    return collection.productIds
      .flatMap((id) => {
        const product = byId.get(id)
        return product && product.deletedAt === null ? [product] : []
      })
      .slice(0, collectionProductLimit)
  }
  return candidates
    .filter((product) => matchesCollectionRule(collection.rule, product))
    .sort(byNewest)
    .slice(0, collectionProductLimit)
}

/**
 * Whether `product` is in `collection`, regardless of the page's `collectionProductLimit`: a manual
 * collection's named products, a rule collection's matches; never a product no longer sold.
 */
export function isInCollection(collection: Collection, product: Product): boolean {
  if (product.deletedAt !== null) return false
  return collection.kind === 'manual'
    ? collection.productIds.includes(product.id)
    : matchesCollectionRule(collection.rule, product)
}

/** The ids of the `collections` `product` is in (a discount's `collection` scope, decision 0018). */
export function collectionIdsOf(product: Product, collections: readonly Collection[]): string[] {
  return collections.filter((collection) => isInCollection(collection, product)).map((collection) => collection.id)
}
