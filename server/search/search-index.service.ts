/**
 * This instance's search indexes, one per shop language (decision 0029): the default language's
 * built from Postgres at start, another language's on its first query, and all kept current by
 * polling the catalog change feed (the same feed clients sync from) with one cursor of their own.
 * Polling needs no bus, so every instance converges on its own, with or without Redis; see
 * docs/decisions/0002.
 */

import { defaultLocale, type Locale } from '../../shared/i18n/locales.ts'
import { createSearchEngine, type SearchEngine } from '../../shared/search/search-engine.ts'
import type { SearchRequest, SearchResults, SuggestResults } from '../../shared/search/search-types.ts'
import { type CatalogCursor, formatCatalogCursor, parseCatalogCursor } from '../../shared/sync/catalog-cursor.ts'
import { isTranslatedLocale } from '../../shared/sync/catalog-locales.ts'
import type { Db } from '../platform/db.ts'
import type { Logger } from '../platform/logger.ts'
import { pullCatalogChanges } from '../sync/catalog-sync.service.ts'
import { countLiveProducts } from './search.repository.ts'

export type SearchIndex = {
  /** Resolves once the default language's first build finished; starts it if nothing has yet. */
  ready(): Promise<void>
  /** Build (if not built yet), then poll the change feed until `stop`. */
  start(): void
  /** Stop polling and wait for a pull in progress. */
  stop(): Promise<void>
  /** Pull and apply what changed since the last pull; resolves with the number of rows applied. */
  refresh(): Promise<number>
  /**
   * Calls `listener` after each pull of the feed that applied rows: the catalog changed (or rows
   * were re-sent while an older transaction ran, decision 0006). Returns the unsubscribe function.
   */
  onChange(listener: () => void): () => void
  /** Answers in `locale` (default: the shop's default language), building its index on first use. */
  search(request: SearchRequest, locale?: Locale): Promise<SearchResults>
  suggest(query: string, limit: number, locale?: Locale): Promise<SuggestResults>
  stats(): {
    readonly products: number
    readonly words: number
    readonly cursor: string
    /** The languages with an index built, and each one's distinct words. */
    readonly locales: Readonly<Partial<Record<Locale, number>>>
  }
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
  /** Built indexes, each current up to `cursor`: every pull of the feed is applied to all of them. */
  const engines = new Map<Locale, SearchEngine>([[defaultLocale, createSearchEngine({ locale: defaultLocale })]])
  const main = engines.get(defaultLocale)!
  const building = new Map<Locale, Promise<SearchEngine>>()
  let cursor: CatalogCursor = { floor: 0n }
  let built: Promise<void> | null = null
  // One pull at a time: the builds, the poller and explicit refreshes all go through this chain.
  let pulling: Promise<unknown> = Promise.resolve()
  let timer: ReturnType<typeof setTimeout> | undefined
  let polling = false
  let failures = 0
  const changeListeners = new Set<() => void>()

  /**
   * Apply every page after `from` to `targets`; `onPage` sees the running total of applied rows.
   * Resolves with that total and the cursor after the last page.
   */
  async function pullInto(
    targets: () => readonly SearchEngine[],
    from: CatalogCursor,
    onPage?: (applied: number) => void,
  ): Promise<{ applied: number; cursor: CatalogCursor }> {
    let applied = 0
    let at = from
    for (;;) {
      // The rows carry the translations the indexes of other languages read, from the same snapshot.
      const locales = targets().flatMap((engine) => (isTranslatedLocale(engine.locale) ? [engine.locale] : []))
      const page = await pullCatalogChanges(deps, { since: at, limit: pageSize, locales })
      for (const engine of targets()) engine.applyChanges(page)
      applied += page.categories.length + page.products.length
      at = parseCatalogCursor(page.cursor)
      onPage?.(applied)
      if (!page.hasMore) return { applied, cursor: at }
      // Let requests in between pages of a long build.
      await new Promise((resolve) => setImmediate(resolve))
    }
  }

  /** Pull what changed since `cursor` into every built index. */
  async function pullAll(onPage?: (applied: number) => void): Promise<number> {
    const pulled = await pullInto(() => [...engines.values()], cursor, onPage)
    cursor = pulled.cursor
    if (pulled.applied > 0) for (const listener of changeListeners) listener()
    return pulled.applied
  }

  function serialized<T>(work: () => Promise<T>): Promise<T> {
    const next = pulling.then(work, work)
    pulling = next.catch(() => {})
    return next
  }

  async function build(): Promise<void> {
    const started = performance.now()
    const total = await countLiveProducts(deps.db)
    log.info({ products: total, locale: defaultLocale }, 'building search index')
    let nextReport = progressStep
    await serialized(() =>
      pullAll(() => {
        const done = main.size()
        if (total === 0 || done / total < nextReport) return
        log.info({ products: done, of: total, percent: Math.round((done / total) * 100) }, 'search index progress')
        while (nextReport <= done / total) nextReport += progressStep
      }),
    )
    const ms = Math.round(performance.now() - started)
    log.info(
      { products: main.size(), words: main.vocabularySize(), cursor: formatCatalogCursor(cursor), ms },
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

  /**
   * Another language's index: read from the start of the feed (with that language's translations)
   * on its own cursor, then joined to the others. Its own pull starts after the shared cursor was taken, so it ends at or past that
   * cursor; the next shared pull re-applies what lies between (applying a row twice is harmless).
   */
  async function buildLocale(locale: Locale): Promise<SearchEngine> {
    await ready()
    return serialized(async () => {
      const started = performance.now()
      const engine = createSearchEngine({ locale })
      await pullInto(() => [engine], { floor: 0n })
      engines.set(locale, engine)
      const ms = Math.round(performance.now() - started)
      log.info({ locale, products: engine.size(), words: engine.vocabularySize(), ms }, 'search index built')
      return engine
    })
  }

  async function engineFor(locale: Locale): Promise<SearchEngine> {
    await ready()
    const engine = engines.get(locale)
    if (engine) return engine
    let pending = building.get(locale)
    if (!pending) {
      pending = buildLocale(locale).finally(() => building.delete(locale))
      building.set(locale, pending)
    }
    return pending
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
    onChange(listener) {
      changeListeners.add(listener)
      return () => changeListeners.delete(listener)
    },
    search: async (request, locale = defaultLocale) => (await engineFor(locale)).search(request),
    suggest: async (query, limit, locale = defaultLocale) => (await engineFor(locale)).suggest(query, limit),
    stats: () => ({
      products: main.size(),
      words: main.vocabularySize(),
      cursor: formatCatalogCursor(cursor),
      locales: Object.fromEntries([...engines].map(([locale, engine]) => [locale, engine.vocabularySize()])),
    }),
  }
}
