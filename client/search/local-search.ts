/**
 * The page's handle on the search worker: requests by id, the index status as a signal, and the
 * nudge that keeps the index current — every applied sync page moves the catalog cursor (in this or
 * another tab), which a Dexie live query notices.
 */
import { liveQuery } from 'dexie'
import { type Accessor, createEffect, createRoot, createSignal, on } from 'solid-js'
import type { Locale } from '../../shared/i18n/locales.ts'
import type { SearchRequest, SearchResults, SuggestResults } from '../../shared/search/search-types.ts'
import { readCatalogCursor, readCatalogLocales } from '../local-data/catalog-meta.ts'
import type { LocalDb } from '../local-data/local-db.ts'
import { firstVisitStart, whenBackgroundWorkMayStart } from '../offline/catalog-sync-schedule.ts'
import type { FromWorker, LocalIndexStatus, ToWorker } from './search-protocol.ts'

export type LocalSearch = {
  readonly status: Accessor<LocalIndexStatus>
  search(request: SearchRequest): Promise<SearchResults>
  suggest(query: string, limit: number): Promise<SuggestResults>
  dispose(): void
}

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void }

export function createLocalSearch(db: LocalDb, locale: Accessor<Locale>): LocalSearch {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search' })
  const [status, setStatus] = createSignal<LocalIndexStatus>({ state: 'building' })
  const pending = new Map<number, Pending>()
  let nextId = 1

  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const message = event.data
    if (message.type === 'status') {
      setStatus(message.status)
      return
    }
    const waiting = pending.get(message.id)
    if (!waiting) return
    pending.delete(message.id)
    if (message.type === 'error') waiting.reject(new Error(`search worker: ${message.message}`))
    else waiting.resolve(message.results as never)
  })
  worker.addEventListener('error', (event) => {
    console.error('search worker failed', event.message)
    setStatus({ state: 'failed', reason: 'error' })
    for (const waiting of pending.values()) waiting.reject(new Error('search worker failed'))
    pending.clear()
  })

  function ask<T extends SearchResults | SuggestResults>(message: ToWorker & { id: number }): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      pending.set(message.id, { resolve: resolve as (value: never) => void, reject })
      worker.postMessage(message)
    })
  }

  // The language first, so the first build is already in it; then every switch.
  worker.postMessage({ type: 'language', locale: locale() } satisfies ToWorker)
  const disposeLanguage = createRoot((dispose) => {
    createEffect(
      on(locale, (current) => worker.postMessage({ type: 'language', locale: current } satisfies ToWorker), {
        defer: true,
      }),
    )
    return dispose
  })

  // Not while the page paints its first view: the build reads the whole catalog (DESIGN §9).
  void whenBackgroundWorkMayStart(firstVisitStart).then(() => worker.postMessage({ type: 'build' } satisfies ToWorker))

  // Also on the first value: a page applied while the worker was reading would otherwise be missed.
  // An update that finds nothing new costs the worker two indexed reads.
  const cursorWatch = liveQuery(() => readCatalogCursor(db)).subscribe({
    next: () => worker.postMessage({ type: 'refresh' } satisfies ToWorker),
    error: (error: unknown) => console.error('watching the catalog for search failed', error),
  })

  // The locales whose texts the device holds change when a switch pulled a language's texts
  // (client/local-data/catalog-sync-texts.ts): new texts that no catalog version announces.
  let heldLocales: string | undefined
  const textsWatch = liveQuery(async () => (await readCatalogLocales(db)).join(',')).subscribe({
    next: (held) => {
      // The first value is what the build reads anyway.
      if (heldLocales !== undefined && held !== heldLocales) worker.postMessage({ type: 'texts' } satisfies ToWorker)
      heldLocales = held
    },
    error: (error: unknown) => console.error('watching the catalog languages for search failed', error),
  })

  return {
    status,
    search: (request) => ask<SearchResults>({ type: 'search', id: nextId++, request }),
    suggest: (query, limit) => ask<SuggestResults>({ type: 'suggest', id: nextId++, query, limit }),
    dispose() {
      cursorWatch.unsubscribe()
      textsWatch.unsubscribe()
      disposeLanguage()
      worker.terminate()
      for (const waiting of pending.values()) waiting.reject(new Error('search closed'))
      pending.clear()
    },
  }
}
