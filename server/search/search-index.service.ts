/**
 * This instance's search index: built from Postgres at start and kept current by polling the
 * catalog change feed (the same feed clients sync from) with its own cursor. Polling needs no bus,
 * so every instance converges on its own, with or without Redis; see docs/decisions/0002.
 */

import { createSearchEngine, type SearchEngine } from '../../shared/search/search-engine.ts'
import type { SearchRequest, SearchResults, SuggestResults } from '../../shared/search/search-types.ts'
import type { CatalogChanges } from '../../shared/sync/catalog-changes.ts'
import { type CatalogCursor, formatCatalogCursor, parseCatalogCursor } from '../../shared/sync/catalog-cursor.ts'
import type { Db } from '../platform/db.ts'
import type { Logger } from '../platform/logger.ts'
import { pullCatalogChanges } from '../sync/catalog-sync.service.ts'
import { countLiveProducts } from './search.repository.ts'

export type SearchIndex = {
  /** Resolves once the first build finished; starts it if nothing has yet. */
  ready(): Promise<void>
  /** Build (if not built yet), then poll the change feed until `stop`. */
  start(): void
  /** Stop polling and wait for a pull in progress. */
  stop(): Promise<void>
  /** Pull and apply what changed since the last pull; resolves with the number of rows applied. */
  refresh(): Promise<number>
  /** Apply changed catalog rows directly (they are also read by the next pull; applying twice is harmless). */
  applyCatalogChanges(changes: Pick<CatalogChanges, 'categories' | 'products'>): void
  /**
   * Calls `listener` after each pull of the feed that applied rows: the catalog changed (or rows
   * were re-sent while an older transaction ran, decision 0006). Returns the unsubscribe function.
   */
  onChange(listener: () => void): () => void
  search(request: SearchRequest): Promise<SearchResults>
  suggest(query: string, limit: number): Promise<SuggestResults>
  stats(): { readonly products: number; readonly words: number; readonly cursor: string }
}

export type SearchIndexOptions = {
  /** Pause between two pulls of the change feed. */
  readonly pollIntervalMs?: number
  /** Longest pause after failed pulls (the pause doubles per failure). */
  readonly maxBackoffMs?: number
  readonly pageSize?: number
}

// Half a second: the response cache follows the same pulls, and a catalog change must show everywhere within
// a second even when the bus lost the poke (decision 0013).
const defaults = { pollIntervalMs: 500, maxBackoffMs: 30_000, pageSize: 1_000 } as const
/** Progress lines while building: one per this share of the catalog. */
const progressStep = 0.1

export function createSearchIndex(deps: { db: Db; logger: Logger }, options: SearchIndexOptions = {}): SearchIndex {
  const { pollIntervalMs, maxBackoffMs, pageSize } = { ...defaults, ...options }
  const log = deps.logger.child({ component: 'search-index' })
  const engine: SearchEngine = createSearchEngine()
  let cursor: CatalogCursor = { floor: 0n }
  let built: Promise<void> | null = null
  // One pull at a time: the build, the poller and explicit refreshes all go through this chain.
  let pulling: Promise<unknown> = Promise.resolve()
  let timer: ReturnType<typeof setTimeout> | undefined
  let polling = false
  let failures = 0
  const changeListeners = new Set<() => void>()

  /** Apply every page after `cursor`; `onPage` sees the running total of applied rows. */
  async function pullAll(onPage?: (applied: number) => void): Promise<number> {
    let applied = 0
    for (;;) {
      const page = await pullCatalogChanges(deps, { since: cursor, limit: pageSize })
      engine.applyChanges(page)
      const rows = page.categories.length + page.products.length
      applied += rows
      if (rows > 0) for (const listener of changeListeners) listener()
      cursor = parseCatalogCursor(page.cursor)
      onPage?.(applied)
      if (!page.hasMore) return applied
      // Let requests in between pages of a long build.
      await new Promise((resolve) => setImmediate(resolve))
    }
  }

  function serialized<T>(work: () => Promise<T>): Promise<T> {
    const next = pulling.then(work, work)
    pulling = next.catch(() => {})
    return next
  }

  async function build(): Promise<void> {
    const started = performance.now()
    const total = await countLiveProducts(deps.db)
    log.info({ products: total }, 'building search index')
    let nextReport = progressStep
    await serialized(() =>
      pullAll(() => {
        const done = engine.size()
        if (total === 0 || done / total < nextReport) return
        log.info({ products: done, of: total, percent: Math.round((done / total) * 100) }, 'search index progress')
        while (nextReport <= done / total) nextReport += progressStep
      }),
    )
    const ms = Math.round(performance.now() - started)
    log.info(
      { products: engine.size(), words: engine.vocabularySize(), cursor: formatCatalogCursor(cursor), ms },
      'search index built',
    )
  }

  function ready(): Promise<void> {
    built ??= build().catch((error: unknown) => {
      // A failed build is retried by the next caller rather than cached as failed forever.
      built = null
      throw error
    })
    return built
  }

  const refresh = () => serialized(() => pullAll())

  async function poll(): Promise<void> {
    if (!polling) return
    try {
      await ready()
      const applied = await refresh()
      if (applied > 0) log.debug({ applied, cursor: formatCatalogCursor(cursor) }, 'search index updated')
      failures = 0
    } catch (error) {
      failures += 1
      log.error({ err: error, failures }, 'search index update failed')
    }
    if (!polling) return
    const pause = failures === 0 ? pollIntervalMs : Math.min(pollIntervalMs * 2 ** failures, maxBackoffMs)
    timer = setTimeout(() => void poll(), pause)
  }

  return {
    ready,
    start() {
      if (polling) return
      polling = true
      void poll()
    },
    async stop() {
      polling = false
      clearTimeout(timer)
      await pulling
    },
    refresh: async () => {
      await ready()
      return refresh()
    },
    applyCatalogChanges: (changes) => engine.applyChanges(changes),
    onChange(listener) {
      changeListeners.add(listener)
      return () => changeListeners.delete(listener)
    },
    search: async (request) => {
      await ready()
      return engine.search(request)
    },
    suggest: async (query, limit) => {
      await ready()
      return engine.suggest(query, limit)
    },
    stats: () => ({ products: engine.size(), words: engine.vocabularySize(), cursor: formatCatalogCursor(cursor) }),
  }
}
