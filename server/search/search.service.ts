/** What the search routes do: ask this instance's index, and record the search for analytics. */
import type { Locale } from '../../shared/i18n/locales.ts'
import { normalizeQuery } from '../../shared/search/normalize-query.ts'
import type { SearchClickInput, SuggestQuery } from '../../shared/search/search-query.ts'
import type { SearchRequest, SearchResults, SuggestResults } from '../../shared/search/search-types.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { recordClick } from './search-analytics.service.ts'

type SearchDeps = Pick<AppDeps, 'db' | 'searchIndex' | 'searchLog' | 'metrics'>

/**
 * The results alone, the same for every shopper of a language, so the route may answer them from
 * its cache; searched in `locale`'s index, over that language's product texts.
 */
export function searchCatalog(
  deps: Pick<AppDeps, 'searchIndex'>,
  request: SearchRequest,
  locale?: Locale,
): Promise<SearchResults> {
  return deps.searchIndex.search(request, locale)
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

export function suggestCompletions(
  deps: Pick<AppDeps, 'searchIndex'>,
  query: SuggestQuery & { readonly locale: Locale },
): Promise<SuggestResults> {
  return deps.searchIndex.suggest(query.q, query.limit, query.locale)
}

export function reportClick(deps: SearchDeps, click: SearchClickInput, sessionId: string | null): Promise<void> {
  return recordClick(deps.db, click, sessionId)
}
