/**
 * Where a search is answered. Online, results come from the server (the authoritative index, and
 * the search is recorded for analytics); offline, or when the server cannot answer, from the local
 * index in the worker — and the page says so. Suggestions come from the local index as soon as
 * it is built, so typing never waits on the network; until then, from the server.
 *
 * Analytics (DESIGN §5): a search the local index answered and every opened result or product
 * suggestion go into the outbox as `search.*` events, pushed with the cart's changes — so offline
 * ones arrive later, and a click is sent one way only, never counted twice. Searches the server
 * answered are already recorded there.
 * Loaded on first use (focus on the search box, or the search page), with the worker it starts.
 */
import type { Accessor } from 'solid-js'
import type { Locale } from '../../shared/i18n/locales.ts'
import { asProductId } from '../../shared/ids.ts'
import { normalizeQuery } from '../../shared/search/normalize-query.ts'
import { maxQueryLength, suggestLimit } from '../../shared/search/ranking.ts'
import type { SearchRequest, SearchResults, SuggestResults } from '../../shared/search/search-types.ts'
import type { Mutation, SearchEvent } from '../../shared/sync/mutation.ts'
import { isCatalogPending, type Offline } from '../offline/offline-context.tsx'
import { ApiError, getJson } from '../platform/api-client.ts'
import { createLocalSearch } from './local-search.ts'
import { parseSearchAnswer, parseSuggestAnswer } from './parse-search-answers.ts'
import { toSearchParams } from './search-params.ts'
import type { LocalIndexStatus } from './search-protocol.ts'

/** `local`: answered by the offline index (no network, or the server did not answer). */
export type SearchSource = 'server' | 'local'

export type SearchOutcome = {
  readonly results: SearchResults
  readonly source: SearchSource
  /** The id clicks on these results report (the server's, or the queued local search's); null when not recorded. */
  readonly searchId: string | null
}

export type SearchClick = {
  readonly query: string
  readonly productId: string
  readonly position: number
  readonly searchId: string | null
}

export type SearchService = {
  readonly localStatus: Accessor<LocalIndexStatus>
  search(request: SearchRequest): Promise<SearchOutcome>
  suggest(query: string): Promise<SuggestResults & { readonly source: SearchSource }>
  reportClick(click: SearchClick): void
  dispose(): void
}

/**
 * Searches in the app's language (`locale`): the server's index of that language, or the local index
 * the worker keeps in it.
 */
export function createSearchService(offline: Offline, locale: Accessor<Locale>): SearchService {
  const local = createLocalSearch(offline.db, locale)

  /** Ask the server when online; null when it cannot be reached or is busy (429), so the caller falls back. */
  async function fromServer<T>(path: string, parse: (body: unknown, headers: Headers) => T): Promise<T | null> {
    if (!offline.network.isOnline()) return null
    try {
      const answer = await getJson(path, parse)
      offline.network.reportReachable()
      return answer
    } catch (error) {
      if (!(error instanceof ApiError) || (error.code !== 'NETWORK' && error.code !== 'RATE_LIMITED')) throw error
      if (error.code === 'NETWORK') offline.network.reportUnreachable()
      return null
    }
  }

  /** Queue analytics events and have them pushed. Never fails a search: a lost event is only logged. */
  async function queue(events: readonly SearchEvent[]): Promise<readonly Mutation[]> {
    try {
      return await offline.shopperSync.queue(events)
    } catch (error) {
      console.warn('search analytics event not queued', error)
      return []
    }
  }

  /** Like the server: a search counts once, on its first page, and only when words were typed. */
  async function recordLocalSearch(request: SearchRequest, results: SearchResults): Promise<string | null> {
    const query = analyticsQuery(request.q)
    if (request.page !== 1 || !query) return null
    const [queued] = await queue([{ kind: 'search.query', query, resultCount: results.total }])
    return queued?.id ?? null
  }

  return {
    localStatus: local.status,
    async search(request) {
      const params = toSearchParams(request)
      params.set('locale', locale())
      const answer = await fromServer(`/api/search?${params}`, parseSearchAnswer)
      if (answer) return { results: answer, source: 'server', searchId: answer.searchId }
      const results = await local.search(request)
      return { results, source: 'local', searchId: await recordLocalSearch(request, results) }
    },
    async suggest(query) {
      // An index built before the first catalog sync finished is "ready" but nearly empty: until the
      // device holds the whole catalog the server answers, and the local index only offline.
      if (local.status().state !== 'ready' || isCatalogPending(offline.sync)) {
        const params = new URLSearchParams({ q: query, limit: String(suggestLimit), locale: locale() })
        const answer = await fromServer(`/api/search/suggest?${params}`, parseSuggestAnswer)
        if (answer) return { ...answer, source: 'server' }
      }
      return { ...(await local.suggest(query, suggestLimit)), source: 'local' }
    },
    reportClick(click) {
      const query = analyticsQuery(click.query)
      // Browsing by filters alone: no words to credit the click to.
      if (!query) return
      const { productId, position, searchId } = click
      void queue([
        { kind: 'search.click', query, productId: asProductId(productId), position, ...(searchId ? { searchId } : {}) },
      ])
    },
    dispose: () => local.dispose(),
  }
}

/** The query as analytics records it (shared normaliser); null when there is none it could record. */
function analyticsQuery(text: string): string | null {
  const query = normalizeQuery(text)
  return query && query.length <= maxQueryLength ? query : null
}
