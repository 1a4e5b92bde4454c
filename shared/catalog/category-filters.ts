/**
 * The filters of a category page (brand, price band, in stock, rating): the search page's facets and URL
 * parameters (`?brand=…&minPrice=…&maxPrice=…&inStock=true&minRating=4`, shared/search/search-url.ts), applied to
 * one category's products. The server's first view and the client's offline catalog run the same
 * code, so both show the same products and counts.
 *
 * Counts are disjunctive, as in search (facet-count.ts): a value's count is what the page would hold
 * with it chosen and the other dimensions' filters kept, so choosing a second brand adds exactly the
 * number shown. Stock and price are the product's (any variant in stock, the lowest price); its
 * rating is the average as shown, as in search (search-schema.ts).
 */
import { summarizeRatings } from '../reviews/rating-summary.ts'
import { priceBands, ratingFloors } from '../search/ranking.ts'
import { type FacetValue, type SearchFacets, type SearchRequest, searchRequest } from '../search/search-types.ts'
import { toSearchParams } from '../search/search-url.ts'
import type { Product, ProductSort } from './product.ts'

export type CategoryFilters = Pick<SearchRequest, 'brands' | 'minPrice' | 'maxPrice' | 'inStock' | 'minRating'>

export const noCategoryFilters: CategoryFilters = {
  brands: [],
  minPrice: null,
  maxPrice: null,
  inStock: null,
  minRating: null,
}

/** The category filters of a (leniently or strictly parsed) search request; its other fields are ignored. */
export function categoryFiltersOf(request: CategoryFilters): CategoryFilters {
  const { brands, minPrice, maxPrice, inStock, minRating } = request
  return { brands: [...brands], minPrice, maxPrice, inStock, minRating }
}

export function hasCategoryFilters(filters: CategoryFilters): boolean {
  return (
    filters.brands.length > 0 ||
    filters.minPrice !== null ||
    filters.maxPrice !== null ||
    filters.inStock !== null ||
    filters.minRating !== null
  )
}

/**
 * The page's canonical URL: filters in the search page's parameter order, then a sort other than
 * the default. The server keys its cache and the data island by it; the client navigates to it.
 */
export function categoryHref(slug: string, sort: ProductSort, filters: CategoryFilters): string {
  const params = toSearchParams(searchRequest(filters))
  if (sort !== 'newest') params.set('sort', sort)
  const query = params.toString()
  return query ? `/c/${slug}?${query}` : `/c/${slug}`
}

export type FilteredCategory = {
  /** The products passing every filter, in `sort` order. */
  readonly products: readonly Product[]
  /** Search's facet shape; `category` and `options` stay empty on a category page. */
  readonly facets: SearchFacets
}

const brand = 0
const price = 1
const rating = 2

/** Filters and counts `products` (one category's live products) in one pass, then sorts the matches. */
export function filterCategory(
  products: readonly Product[],
  filters: CategoryFilters,
  sort: ProductSort,
): FilteredCategory {
  const brands = new Set(filters.brands)
  const low = filters.minPrice ?? 0
  const high = filters.maxPrice ?? Number.MAX_SAFE_INTEGER
  const brandCounts = new Map<string, number>()
  const bandCounts = priceBands.map(() => 0)
  const stockCounts = { inStock: 0, outOfStock: 0 }
  const floorCounts = ratingFloors.map(() => 0)
  const matches: Product[] = []
  for (const product of products) {
    const average = summarizeRatings(product.ratingCounts).average ?? 0
    let failures = 0
    let failed = -1
    if (brands.size > 0 && !brands.has(product.brand)) {
      failures++
      failed = brand
    }
    if (product.price < low || product.price > high) {
      failures++
      failed = price
    }
    if (filters.minRating !== null && average < filters.minRating) {
      failures++
      failed = rating
    }
    const inStock = product.stock > 0
    const stockPasses = filters.inStock === null || inStock === filters.inStock
    if (failures > 1) continue
    if (stockPasses) {
      if (failures === 0 || failed === brand) brandCounts.set(product.brand, (brandCounts.get(product.brand) ?? 0) + 1)
      if (failures === 0 || failed === price) {
        const band = priceBands.findIndex((b) => product.price >= b.min && (b.max === null || product.price <= b.max))
        if (band >= 0) bandCounts[band] = (bandCounts[band] ?? 0) + 1
      }
      if (failures === 0 || failed === rating) {
        ratingFloors.forEach((floor, index) => {
          if (average >= floor) floorCounts[index] = (floorCounts[index] ?? 0) + 1
        })
      }
    }
    if (failures > 0) continue
    if (inStock) stockCounts.inStock++
    else stockCounts.outOfStock++
    if (stockPasses) matches.push(product)
  }
  return {
    products: matches.sort(productOrder(sort)),
    facets: {
      category: [],
      brand: brandValues(brandCounts, filters.brands),
      price: priceBands.map((band, index) => ({ min: band.min, max: band.max, count: bandCounts[index] ?? 0 })),
      inStock: stockCounts,
      rating: ratingFloors.map((min, index) => ({ min, count: floorCounts[index] ?? 0 })),
      options: [],
    },
  }
}

/** As the catalog's own listing orders them (catalog.repository.ts): the id breaks ties the same way. */
export function productOrder(sort: ProductSort): (a: Product, b: Product) => number {
  const byId = (a: Product, b: Product) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  switch (sort) {
    case 'newest':
      return (a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : -byId(a, b))
    case 'price_asc':
      return (a, b) => a.price - b.price || byId(a, b)
    case 'price_desc':
      return (a, b) => b.price - a.price || -byId(a, b)
  }
}

/** Brands by count, then name; a chosen brand is listed even when nothing matches it. */
function brandValues(counts: ReadonlyMap<string, number>, selected: readonly string[]): FacetValue[] {
  const values = new Map(counts)
  for (const value of selected) if (!values.has(value)) values.set(value, 0)
  return [...values]
    .map(([value, count]) => ({ value, label: value, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
}
