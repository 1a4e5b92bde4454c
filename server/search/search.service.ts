/** What the search routes do: ask this instance's index, and record the search for analytics. */
import type { SearchClickInput, SuggestQuery } from '../../shared/search/search-query.ts'
import type { SearchRequest, SearchResults, SuggestResults } from '../../shared/search/search-types.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { recordClick, recordSearch } from './search-analytics.service.ts'

type SearchDeps = Pick<AppDeps, 'db' | 'searchIndex'>

/** Search results plus the id a click on one of them reports (null when the search was not recorded). */
export type SearchAnswer = SearchResults & { readonly searchId: string | null }

export async function searchCatalog(
  deps: SearchDeps,
  request: SearchRequest,
  sessionId: string | null,
): Promise<SearchAnswer> {
  const results = await deps.searchIndex.search(request)
  // A search is recorded once, when its first page is asked for; later pages are the same search.
  const searchId =
    request.page === 1 ? await recordSearch(deps.db, { query: request.q, resultCount: results.total, sessionId }) : null
  return { ...results, searchId }
}

export function suggestCompletions(deps: SearchDeps, query: SuggestQuery): Promise<SuggestResults> {
  return deps.searchIndex.suggest(query.q, query.limit)
}

export function reportClick(deps: SearchDeps, click: SearchClickInput, sessionId: string | null): Promise<void> {
  return recordClick(deps.db, click, sessionId)
}
