/** What a search asks and answers, the same for the server's index and the browser's. */
import type { ProductImage } from '../catalog/product.ts'
import type { CurrencyCode } from '../money.ts'
import { defaultPageSize, type RatingFloor } from './ranking.ts'

/** `top_rated`: by average rating, then by number of reviews; products without reviews last. */
export const searchSorts = ['relevance', 'price_asc', 'price_desc', 'newest', 'top_rated'] as const
export type SearchSort = (typeof searchSorts)[number]

export type SearchRequest = {
  /** As typed; the last word is completed as a prefix. Empty: browse by the filters alone. */
  readonly q: string
  /** Category slugs; a product in any of them matches. */
  readonly categories: readonly string[]
  /** Brand names; a product of any of them matches. */
  readonly brands: readonly string[]
  /** Price bounds in minor units, inclusive. */
  readonly minPrice: number | null
  readonly maxPrice: number | null
  /**
   * Option values as `code:value` tokens (`size:42`, option-values.ts): a product matches when one
   * of its live variants has, for every option named, one of the values named for it.
   */
  readonly options: readonly string[]
  /**
   * true: in stock only; false: sold out only; null: both. With option values chosen, stock is
   * that of the variants with those values.
   */
  readonly inStock: boolean | null
  /** Only products whose average rating is at least this many stars; null: any, reviewed or not. */
  readonly minRating: RatingFloor | null
  readonly sort: SearchSort
  /** 1-based. */
  readonly page: number
  readonly pageSize: number
  /** Search the words as typed, without typo fixes ("search instead for …"). */
  readonly verbatim?: boolean
}

/** A request with every filter open, sorted by relevance, first page; `fields` override. */
export function searchRequest(fields: Partial<SearchRequest> = {}): SearchRequest {
  return {
    q: '',
    categories: [],
    brands: [],
    minPrice: null,
    maxPrice: null,
    options: [],
    inStock: null,
    minRating: null,
    sort: 'relevance',
    page: 1,
    pageSize: defaultPageSize,
    ...fields,
  }
}

/** Character ranges `[start, end)` of `text` that matched the query. */
export type HighlightedText = { readonly text: string; readonly ranges: readonly (readonly [number, number])[] }

export type SearchHit = {
  readonly id: string
  readonly slug: string
  readonly name: string
  readonly brand: string
  readonly categorySlug: string
  /** The lowest variant price; `priceFrom` when other variants cost more (shown "From …"). */
  readonly price: number
  readonly priceFrom: boolean
  readonly currency: CurrencyCode
  readonly inStock: boolean
  /** Average stars to one decimal; null without reviews. */
  readonly rating: number | null
  readonly reviewCount: number
  readonly image: ProductImage | null
  readonly highlights: {
    readonly name: HighlightedText
    /** A snippet around the first match in the description; null when the description did not match. */
    readonly description: HighlightedText | null
  }
}

export type FacetValue = { readonly value: string; readonly label: string; readonly count: number }
export type PriceBandCount = { readonly min: number; readonly max: number | null; readonly count: number }
/** Products rated at least `min` stars on average. */
export type RatingFloorCount = { readonly min: RatingFloor; readonly count: number }

/** A value of an option facet: `value` is the value code, `swatch` a `#rrggbb` colour or null. */
export type OptionFacetValue = FacetValue & { readonly swatch: string | null }

/** One option (Size, Colour) across the matching products; `code` is what request tokens name. */
export type OptionFacet = {
  readonly code: string
  readonly name: string
  readonly values: readonly OptionFacetValue[]
}

/**
 * Counts per facet value. Each facet is counted with every other active filter applied but not its
 * own, so choosing one brand still shows how many products the other brands would add.
 */
export type SearchFacets = {
  readonly category: readonly FacetValue[]
  readonly brand: readonly FacetValue[]
  readonly price: readonly PriceBandCount[]
  readonly inStock: { readonly inStock: number; readonly outOfStock: number }
  /** One entry per floor of `ratingFloors`, highest first. */
  readonly rating: readonly RatingFloorCount[]
  /** A product counts once for each value it has in a variant that passes the other filters. */
  readonly options: readonly OptionFacet[]
}

export type SearchResults = {
  /** The query as normalised (and as recorded by analytics). */
  readonly query: string
  readonly total: number
  readonly page: number
  readonly pageSize: number
  readonly hits: readonly SearchHit[]
  readonly facets: SearchFacets
  /** When nothing matched: the query with its unknown words replaced by the closest indexed words. */
  readonly didYouMean: string | null
  /** When words matched only through typo fixes: the query as corrected ("Showing results for …"). */
  readonly correctedQuery: string | null
  readonly tookMs: number
}

export type Suggestion =
  | { readonly kind: 'category'; readonly slug: string; readonly label: HighlightedText }
  | {
      readonly kind: 'product'
      readonly slug: string
      readonly productId: string
      readonly label: HighlightedText
      /** As a hit's: average stars to one decimal, null without reviews. */
      readonly rating: number | null
      readonly reviewCount: number
    }

export type SuggestResults = {
  readonly query: string
  readonly suggestions: readonly Suggestion[]
  readonly tookMs: number
}
