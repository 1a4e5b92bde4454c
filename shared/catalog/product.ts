import type { CategoryId, ProductId } from '../ids.ts'
import type { CurrencyCode } from '../money.ts'

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

export type Product = {
  readonly id: ProductId
  readonly slug: string
  readonly name: string
  readonly description: string
  readonly brand: string
  readonly tags: readonly string[]
  readonly categoryId: CategoryId
  /** Price in minor units of `currency`. */
  readonly price: number
  readonly currency: CurrencyCode
  readonly stock: number
  readonly featured: boolean
  readonly images: readonly ProductImage[]
  readonly createdAt: string
  readonly version: number
  readonly updatedAt: string
  readonly deletedAt: string | null
}

export const productSorts = ['newest', 'price_asc', 'price_desc'] as const
export type ProductSort = (typeof productSorts)[number]

/** A page of products in keyset order; `nextCursor` is opaque and null on the last page. */
export type ProductPage = { readonly items: readonly Product[]; readonly nextCursor: string | null }
