/** What the search routes do: ask this instance's index, and record the search for analytics. */
import { normalizeQuery } from '../../shared/search/normalize-query.ts'
import type { SearchClickInput, SuggestQuery } from '../../shared/search/search-query.ts'
import type { SearchRequest, SearchResults, SuggestResults } from '../../shared/search/search-types.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { recordClick } from './search-analytics.service.ts'

type SearchDeps = Pick<AppDeps, 'db' | 'searchIndex' | 'searchLog' | 'metrics'>

/** The results alone, the same for every shopper, so the route may answer them from its cache. */
export function searchCatalog(deps: Pick<AppDeps, 'searchIndex'>, request: SearchRequest): Promise<SearchResults> {
  return deps.searchIndex.search(request)
}

/**
 * Records a search answered (from the index or the cache) and returns the id a click on one of its
 * results reports. A search counts once, when its first page is asked for, and only with typed
 * words: later pages are the same search, filter-only browsing is no search anyone typed.
 */
export function recordAnsweredSearch(
  deps: SearchDeps,
  request: SearchRequest,
  total: number,
  sessionId: string | null,
): string | null {
  if (request.page !== 1 || !normalizeQuery(request.q)) return null
  deps.metrics.business.searched(total)
  return deps.searchLog.record({ query: request.q, resultCount: total, sessionId })
}

export function suggestCompletions(deps: Pick<AppDeps, 'searchIndex'>, query: SuggestQuery): Promise<SuggestResults> {
  return deps.searchIndex.suggest(query.q, query.limit)
}

export function reportClick(deps: SearchDeps, click: SearchClickInput, sessionId: string | null): Promise<void> {
  return recordClick(deps.db, click, sessionId)
}
