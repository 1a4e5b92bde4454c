/** The message id of each sort order's name (locales/*.json), for the client's pages and the server's HTML alike. */
import type { ProductSort } from '../catalog/product.ts'
import type { SearchSort } from '../search/search-types.ts'

export const productSortLabels = {
  newest: 'sort.newest',
  price_asc: 'sort.priceAsc',
  price_desc: 'sort.priceDesc',
} as const satisfies Record<ProductSort, string>

export const searchSortLabels = {
  relevance: 'search.sort.relevance',
  price_asc: 'sort.priceAsc',
  price_desc: 'sort.priceDesc',
  newest: 'sort.newest',
  top_rated: 'search.sort.topRated',
} as const satisfies Record<SearchSort, string>
