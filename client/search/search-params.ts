/**
 * A search as URL query parameters and back. The search page's URL and the API's query string are
 * the same (`/search?q=…&brand=…` ↔ `/api/search?q=…&brand=…`), so a search can be linked, reloaded
 * and sent to the server unchanged. Reading is lenient: a hand-edited URL loses its bad parts
 * instead of failing (the server validates strictly).
 */
import { defaultPageSize, maxPage, maxQueryLength } from '../../shared/search/ranking.ts'
import { type SearchRequest, type SearchSort, searchRequest, searchSorts } from '../../shared/search/search-types.ts'

export function toSearchParams(request: SearchRequest): URLSearchParams {
  const params = new URLSearchParams()
  if (request.q.trim()) params.set('q', request.q.trim())
  for (const category of request.categories) params.append('category', category)
  for (const brand of request.brands) params.append('brand', brand)
  if (request.minPrice !== null) params.set('minPrice', String(request.minPrice))
  if (request.maxPrice !== null) params.set('maxPrice', String(request.maxPrice))
  if (request.inStock !== null) params.set('inStock', String(request.inStock))
  if (request.sort !== 'relevance') params.set('sort', request.sort)
  if (request.page !== 1) params.set('page', String(request.page))
  if (request.pageSize !== defaultPageSize) params.set('limit', String(request.pageSize))
  return params
}

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
    inStock: inStock === 'true' ? true : inStock === 'false' ? false : null,
    sort: searchSorts.find((sort): sort is SearchSort => sort === params.get('sort')) ?? 'relevance',
    page: Number.isInteger(page) && page >= 1 && page <= maxPage ? page : 1,
    pageSize: defaultPageSize,
  }
}

function minorUnits(value: string | null): number | null {
  return value !== null && /^(0|[1-9][0-9]{0,11})$/.test(value) ? Number(value) : null
}

/** `/search?…` for a request, as the header box and the page's filters navigate. */
export function searchHref(request: Partial<SearchRequest> & Pick<SearchRequest, 'q'>): string {
  const params = toSearchParams(searchRequest(request))
  const query = params.toString()
  return query ? `/search?${query}` : '/search'
}
