/**
 * Where a search is answered. Online, results come from the server (the authoritative index, and
 * the search is recorded for analytics); offline, or when the server cannot be reached, from the
 * local index in the worker — and the page says so. Suggestions come from the local index as soon as
 * it is built, so typing never waits on the network; until then, from the server.
 * Loaded on first use (focus on the search box, or the search page), with the worker it starts.
 */
import type { Accessor } from 'solid-js'
import { suggestLimit } from '../../shared/search/ranking.ts'
import type { SearchRequest, SearchResults, SuggestResults } from '../../shared/search/search-types.ts'
import type { Offline } from '../offline/offline-context.tsx'
import { withCsrfToken } from '../offline/session.ts'
import { ApiError, getJson, postJson } from '../platform/api-client.ts'
import { createLocalSearch } from './local-search.ts'
import { parseSearchAnswer, parseSuggestAnswer } from './parse-search-answers.ts'
import { toSearchParams } from './search-params.ts'
import type { LocalIndexStatus } from './search-protocol.ts'

/** `local`: answered by the offline index (no network, or the server did not answer). */
export type SearchSource = 'server' | 'local'

export type SearchOutcome = {
  readonly results: SearchResults
  readonly source: SearchSource
  /** The server's id of this search, for click analytics; null for local results. */
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

export function createSearchService(offline: Offline): SearchService {
  const local = createLocalSearch(offline.db)

  /** Ask the server when online; null when it cannot be reached, so the caller falls back. */
  async function fromServer<T>(path: string, parse: (body: unknown) => T): Promise<T | null> {
    if (!offline.network.isOnline()) return null
    try {
      const answer = await getJson(path, parse)
      offline.network.reportReachable()
      return answer
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'NETWORK') throw error
      offline.network.reportUnreachable()
      return null
    }
  }

  return {
    localStatus: local.status,
    async search(request) {
      const answer = await fromServer(`/api/search?${toSearchParams(request)}`, parseSearchAnswer)
      if (answer) return { results: answer, source: 'server', searchId: answer.searchId }
      return { results: await local.search(request), source: 'local', searchId: null }
    },
    async suggest(query) {
      if (local.status().state !== 'ready') {
        const params = new URLSearchParams({ q: query, limit: String(suggestLimit) })
        const answer = await fromServer(`/api/search/suggest?${params}`, parseSuggestAnswer)
        if (answer) return { ...answer, source: 'server' }
      }
      return { ...(await local.suggest(query, suggestLimit)), source: 'local' }
    },
    reportClick(click) {
      // Offline clicks are dropped until analytics events go through the outbox (DESIGN §3).
      if (!offline.network.isOnline()) return
      const body = { query: click.query, productId: click.productId, position: click.position }
      withCsrfToken(offline.db, (token) =>
        postJson(
          '/api/search/clicks',
          click.searchId ? { ...body, searchId: click.searchId } : body,
          token,
          () => null,
        ),
      ).catch((error: unknown) => console.warn('search click not recorded', error))
    },
    dispose: () => local.dispose(),
  }
}
