/**
 * Collections (issue 14): a curated set of products the admin names and publishes, shown on its own
 * page (`/collections/:slug`) and as a tile on the home page. Manual collections list products in the
 * admin's order; rule collections take every product the rule matches (collection-rules.ts).
 */
import type { ProductImage } from '../catalog/product.ts'
import type { ProductId } from '../ids.ts'
import type { LocalizedText } from './localized-text.ts'

export const collectionKinds = ['manual', 'rule'] as const
export type CollectionKind = (typeof collectionKinds)[number]

/**
 * Every criterion given must hold (an empty list or a null bound is no criterion); inside `tags` and
 * `brands` one match is enough. Prices are minor units, compared with the product's price (its
 * lowest variant's). `onSale`: some variant has a struck-through price. A rule with no criterion
 * matches nothing, so a half-made rule never turns into "the whole catalog".
 */
export type CollectionRule = {
  readonly tags: readonly string[]
  readonly brands: readonly string[]
  readonly minPrice: number | null
  readonly maxPrice: number | null
  readonly onSale: boolean
}

export const emptyCollectionRule: CollectionRule = {
  tags: [],
  brands: [],
  minPrice: null,
  maxPrice: null,
  onSale: false,
}

/** A published collection as shoppers' devices store it (the storefront document, shared/storefront/storefront-content.ts). */
export type Collection = {
  readonly id: string
  readonly slug: string
  readonly title: LocalizedText
  readonly description: LocalizedText
  /** The tile's picture on the home page; none shows the title alone. */
  readonly image: ProductImage | null
  readonly kind: CollectionKind
  /** Used when `kind` is `rule`. */
  readonly rule: CollectionRule
  /** Used when `kind` is `manual`: the products in the admin's order. */
  readonly productIds: readonly ProductId[]
  readonly position: number
}

/** Products a collection page lists at most: a collection is a curated shelf, not a category. */
export const collectionProductLimit = 48
