/**
 * A search as URL query parameters and back. The search page's URL and the API's query string are
 * the same (`/search?q=…&brand=…` ↔ `/api/search?q=…&brand=…`), so a search can be linked, reloaded
 * and sent to the server unchanged. Reading is lenient: a hand-edited URL loses its bad parts
 * instead of failing (the server validates strictly).
 */
import { isOptionToken } from '../../shared/search/option-values.ts'
import { defaultPageSize, maxFilterValues, maxPage, maxQueryLength, ratingFloors } from '../../shared/search/ranking.ts'
import { type SearchRequest, type SearchSort, searchSorts } from '../../shared/search/search-types.ts'

export { searchHref, toSearchParams } from '../../shared/search/search-url.ts'

export function fromSearchParams(params: URLSearchParams): SearchRequest {
  const minPrice = minorUnits(params.get('minPrice'))
  const maxPrice = minorUnits(params.get('maxPrice'))
  const inStock = params.get('inStock')
  const page = Number(params.get('page'))
  return {
    q: (params.get('q') ?? '').slice(0, maxQueryLength),
    categories: params.getAll('category').filter((slug) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)),
    brands: params.getAll('brand').filter((brand) => brand.length > 0 && brand.length <= 80),
    minPrice: minPrice !== null && maxPrice !== null && minPrice > maxPrice ? null : minPrice,
    maxPrice,
    options: params.getAll('option').filter(isOptionToken).slice(0, maxFilterValues),
    inStock: inStock === 'true' ? true : inStock === 'false' ? false : null,
    minRating: ratingFloors.find((floor) => String(floor) === params.get('minRating')) ?? null,
    sort: searchSorts.find((sort): sort is SearchSort => sort === params.get('sort')) ?? 'relevance',
    page: Number.isInteger(page) && page >= 1 && page <= maxPage ? page : 1,
    pageSize: defaultPageSize,
    ...(params.get('verbatim') === 'true' ? { verbatim: true } : {}),
  }
}

function minorUnits(value: string | null): number | null {
  return value !== null && /^(0|[1-9][0-9]{0,11})$/.test(value) ? Number(value) : null
}
