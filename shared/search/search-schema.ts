/**
 * The one Orama schema of both indexes and how a catalog product becomes a search document. Only
 * the text fields are indexed by Orama (see fieldBoosts). The rest is stored with the document:
 * `categorySlug`, `brandKey`, `price`, `inStock`, `createdAt`, `rating` and `reviewCount` feed filters, facets and sorts
 * through the engine's typed columns (document-columns.ts), which answer those in a fraction of the
 * time Orama's per-field trees would need, and the others are what a result needs to render.
 */
import type { Category, Product, ProductImage } from '../catalog/product.ts'
import { priceRange } from '../catalog/variant.ts'
import type { CurrencyCode } from '../money.ts'
import { summarizeRatings } from '../reviews/rating-summary.ts'

export const searchSchema = {
  name: 'string',
  brand: 'string',
  tags: 'string',
  category: 'string',
  description: 'string',
} as const

export type SearchDocument = {
  readonly id: string
  readonly slug: string
  readonly name: string
  readonly brand: string
  /** Tags joined by spaces: one text field, so each product's tags count once in ranking. */
  readonly tags: string
  /** The category's name ("" when the category is unknown or deleted). */
  readonly category: string
  readonly description: string
  readonly categorySlug: string
  readonly categoryId: string
  /** The brand verbatim, for the brand facet and filter. */
  readonly brandKey: string
  /** The lowest variant price; `priceFrom` when variants cost more, so a result says "From". */
  readonly price: number
  readonly priceFrom: boolean
  readonly currency: CurrencyCode
  readonly inStock: boolean
  /** Epoch milliseconds, for the "newest" sort. */
  readonly createdAt: number
  /** Average stars as shown (one decimal); 0 without reviews, which sorts and filters below every rated product. */
  readonly rating: number
  readonly reviewCount: number
  readonly image: ProductImage | null
}

/** The category fields a product's document carries. */
export type SearchCategory = Pick<Category, 'id' | 'slug' | 'name'>

export function toSearchDocument(product: Product, category: SearchCategory | undefined): SearchDocument {
  const ratings = summarizeRatings(product.ratingCounts)
  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    brand: product.brand,
    tags: product.tags.join(' '),
    category: category?.name ?? '',
    description: product.description,
    categorySlug: category?.slug ?? '',
    categoryId: product.categoryId,
    brandKey: product.brand,
    price: product.price,
    priceFrom: priceRange(product).max > priceRange(product).min,
    currency: product.currency,
    inStock: product.stock > 0,
    createdAt: Date.parse(product.createdAt),
    rating: ratings.average ?? 0,
    reviewCount: ratings.count,
    image: product.images[0] ?? null,
  }
}
