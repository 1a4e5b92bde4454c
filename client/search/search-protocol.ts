/** Messages between the page and the search worker (client/search/search-worker.ts). */
import type { Locale } from '../../shared/i18n/locales.ts'
import type { SearchRequest, SearchResults, SuggestResults } from '../../shared/search/search-types.ts'

export type LocalIndexStatus =
  | { readonly state: 'building' }
  | { readonly state: 'ready'; readonly products: number; readonly buildMs: number }
  /** `reload`: the page's code is older than the local database (another tab upgraded it). */
  | { readonly state: 'failed'; readonly reason: 'reload' | 'error' }

export type ToWorker =
  | { readonly type: 'search'; readonly id: number; readonly request: SearchRequest }
  | { readonly type: 'suggest'; readonly id: number; readonly query: string; readonly limit: number }
  /** The page may start background work now: build the index (a question asked before starts it too). */
  | { readonly type: 'build' }
  /** The local catalog changed (a sync page was applied): update the index from Dexie. */
  | { readonly type: 'refresh' }
  /**
   * The app's language, first before anything else and again on every switch: the index is built
   * (again) over the device's texts in it (decision 0029).
   */
  | { readonly type: 'language'; readonly locale: Locale }
  /** The device stored another language's texts, which no catalog version announces: rebuild. */
  | { readonly type: 'texts' }

export type FromWorker =
  | { readonly type: 'search'; readonly id: number; readonly results: SearchResults }
  | { readonly type: 'suggest'; readonly id: number; readonly results: SuggestResults }
  | { readonly type: 'error'; readonly id: number; readonly message: string }
  | { readonly type: 'status'; readonly status: LocalIndexStatus }
