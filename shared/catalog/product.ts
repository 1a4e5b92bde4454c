import type { CategoryId, ProductId, VariantId } from '../ids.ts'
import type { MarketId } from '../markets/market.ts'
import type { CurrencyCode } from '../money.ts'
import type { RatingCounts } from '../reviews/review.ts'

/**
 * One image of a product. `src` is the original; a path under /media/ also answers `?w=` with a
 * resized copy and has an `.avif` twin. Build `<picture>` sources with `productImageSources`.
 */
export type ProductImage = {
  readonly src: string
  readonly alt: string
  readonly width: number
  readonly height: number
  /** ThumbHash of the image, base64: a blurred preview shown while it loads and when it cannot. */
  readonly placeholder?: string
}

export type Category = {
  readonly id: CategoryId
  readonly slug: string
  readonly name: string
  readonly description: string
  readonly position: number
  /** Change number from the one catalog sequence; see DESIGN §3. */
  readonly version: number
  readonly updatedAt: string
  /** Set when deleted: the row is then a tombstone the client must remove. */
  readonly deletedAt: string | null
}

/**
 * A choice the shopper makes on a product (Size, Colour, Capacity), its values in display order.
 * `code` names the same option across products ('size', 'colour'), so facets and translations can
 * rely on it; a value's `code` is unique within its option and is what variants and URLs carry.
 */
export type ProductOption = {
  readonly code: string
  readonly name: string
  readonly values: readonly ProductOptionValue[]
}

export type ProductOptionValue = {
  readonly code: string
  readonly label: string
  /** A CSS colour for a colour swatch (`#rrggbb`); absent for options that are not colours. */
  readonly swatch?: string
}

/**
 * One offered combination of option values: what a cart line, a reservation and an order line name
 * (DESIGN §10). A product without options has exactly one variant with no option values.
 */
export type ProductVariant = {
  readonly id: VariantId
  readonly sku: string
  /** One value code per option of the product, by option code: `{ size: '42', colour: 'black' }`. */
  readonly optionValues: Readonly<Record<string, string>>
  /** Price in minor units of the product's currency. */
  readonly price: number
  /** The price before a sale, shown struck through; null when not on sale. */
  readonly compareAtPrice: number | null
  readonly stock: number
  readonly barcode: string | null
  readonly weightGrams: number | null
  /** Indexes into the product's `images` that show this variant (its colour), first the main one. */
  readonly imageIndexes: readonly number[]
  /**
   * Prices the merchant set per market, in minor units of each market's currency (decision 0026);
   * a market without one converts `price` (`marketPrice`, shared/markets/market-price.ts). Absent
   * when none is set. Always in the market's own currency, even in an answer priced in a market.
   */
  readonly marketPrices?: Readonly<Partial<Record<MarketId, number>>>
}

export type Product = {
  readonly id: ProductId
  readonly slug: string
  readonly name: string
  readonly description: string
  readonly brand: string
  readonly tags: readonly string[]
  readonly categoryId: CategoryId
  /** The lowest price of its live variants, in minor units of `currency`: the "from" price, and the sort key. */
  readonly price: number
  readonly currency: CurrencyCode
  /** Units in stock across all variants. */
  readonly stock: number
  readonly featured: boolean
  readonly images: readonly ProductImage[]
  /** Empty for a product sold in one form; its one variant then has no option values. */
  readonly options: readonly ProductOption[]
  /** At least one, in display order. */
  readonly variants: readonly ProductVariant[]
  /**
   * Published reviews per star, index 0 = 1 star (shared/reviews/rating-summary.ts). The server always
   * sends it; a device's copy stored before reviews existed has none, which reads as no reviews.
   */
  readonly ratingCounts?: RatingCounts
  readonly createdAt: string
  readonly version: number
  readonly updatedAt: string
  readonly deletedAt: string | null
}

export const productSorts = ['newest', 'price_asc', 'price_desc'] as const
export type ProductSort = (typeof productSorts)[number]

/** A page of products in keyset order; `nextCursor` is opaque and null on the last page. */
export type ProductPage = { readonly items: readonly Product[]; readonly nextCursor: string | null }
