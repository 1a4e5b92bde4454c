/**
 * A search as the URL of the search page (`/search?q=…&brand=…`), the same query string the API
 * takes, so a search can be linked, reloaded and sent to the server unchanged. Used by the client's
 * search page and the server's HTML of it.
 */
import { defaultPageSize } from './ranking.ts'
import { type SearchRequest, searchRequest } from './search-types.ts'

export function toSearchParams(request: SearchRequest): URLSearchParams {
  const params = new URLSearchParams()
  if (request.q.trim()) params.set('q', request.q.trim())
  for (const category of request.categories) params.append('category', category)
  for (const brand of request.brands) params.append('brand', brand)
  for (const option of request.options) params.append('option', option)
  if (request.minPrice !== null) params.set('minPrice', String(request.minPrice))
  if (request.maxPrice !== null) params.set('maxPrice', String(request.maxPrice))
  if (request.inStock !== null) params.set('inStock', String(request.inStock))
  if (request.minRating !== null) params.set('minRating', String(request.minRating))
  if (request.sort !== 'relevance') params.set('sort', request.sort)
  if (request.page !== 1) params.set('page', String(request.page))
  if (request.pageSize !== defaultPageSize) params.set('limit', String(request.pageSize))
  if (request.verbatim) params.set('verbatim', 'true')
  return params
}

/** `/search?…` for a request, as the header box and the page's filters navigate. */
export function searchHref(request: Partial<SearchRequest> & Pick<SearchRequest, 'q'>): string {
  const params = toSearchParams(searchRequest(request))
  const query = params.toString()
  return query ? `/search?${query}` : '/search'
}
