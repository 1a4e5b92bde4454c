/**
 * Gives the header's search box and the search page one search service, loaded on first use: the
 * service, the Orama engine and the worker stay out of the initial bundle (DESIGN §8, bundle budget).
 */
import { createContext, type JSX, onCleanup, useContext } from 'solid-js'
import { useOffline } from '../offline/offline-context.tsx'
import { useI18n } from '../platform/i18n.tsx'
import type { SearchService } from './search-service.ts'

type LoadSearch = () => Promise<SearchService>

const SearchContext = createContext<LoadSearch>()

export function SearchProvider(props: { readonly children: JSX.Element }): JSX.Element {
  const offline = useOffline()
  const { locale } = useI18n()
  let service: Promise<SearchService> | undefined
  const load: LoadSearch = () => {
    service ??= import('./search-service.ts')
      .then((module) => module.createSearchService(offline, locale))
      .catch((error: unknown) => {
        // Not cached as failed: the chunk may load on the next try (back online, worker updated).
        service = undefined
        throw error
      })
    return service
  }
  onCleanup(() => void service?.then((loaded) => loaded.dispose()))
  return <SearchContext.Provider value={load}>{props.children}</SearchContext.Provider>
}

/** The loader of the search service; calling it starts loading (and building the local index). */
export function useSearch(): LoadSearch {
  const load = useContext(SearchContext)
  if (!load) throw new Error('useSearch needs a <SearchProvider> above it')
  return load
}
