/**
 * The search results page (`/search?q=…&brand=…`): results with the matched words highlighted,
 * filters with counts, sorting and pages, "did you mean" when nothing matched, and popular categories
 * to start from. Results from the offline index say so.
 */
import { A, useLocation, useNavigate } from '@solidjs/router'
import { createResource, For, type JSX, Match, Show, Switch } from 'solid-js'
import { messageParts } from '../../shared/i18n/message-parts.ts'
import { searchSortLabels } from '../../shared/i18n/sort-labels.ts'
import { baseCurrency } from '../../shared/markets/market-price.ts'
import { defaultPageSize } from '../../shared/search/ranking.ts'
import type { SearchRequest, SearchSort } from '../../shared/search/search-types.ts'
import { searchSorts } from '../../shared/search/search-types.ts'
import { ProductGridSkeleton } from '../catalog/product-grid.tsx'
import { isCatalogPending, useOffline } from '../offline/offline-context.tsx'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'
import { documentPageData } from '../platform/page-data.ts'
import { useSearch } from './search-context.tsx'
import { SearchFacetPanel } from './search-facets.tsx'
import { fromSearchParams, searchHref } from './search-params.ts'
import { SearchResultCard } from './search-result-card.tsx'
import './search-page.css'

const popularCategoryCount = 6

export function SearchPage(): JSX.Element {
  const { t } = useI18n()
  const { sync, network } = useOffline()
  const loadSearch = useSearch()
  const location = useLocation()
  const navigate = useNavigate()
  const request = () => fromSearchParams(new URLSearchParams(location.search))
  /** Nothing typed and no filter: nothing to search for yet. */
  const isBlank = (r: SearchRequest) =>
    !r.q.trim() &&
    !r.categories.length &&
    !r.brands.length &&
    !r.options.length &&
    r.minPrice === null &&
    r.maxPrice === null &&
    r.inStock === null &&
    r.minRating === null

  const [outcome] = createResource(
    () => (isBlank(request()) ? false : request()),
    async (current) => (await loadSearch()).search(current),
  )
  // `latest` rethrows a failed fetch; the error branch below shows it instead.
  const latest = () => (outcome.error ? undefined : outcome.latest)
  // A first visit shows the results the server rendered until the app's own search answers.
  const serverResults = () => {
    const data = documentPageData()
    return data?.page === 'search' && data.path === searchHref(request()) ? data.results : undefined
  }
  const results = () => latest()?.results ?? serverResults()
  const [popular] = createResource(
    () => isBlank(request()) || results()?.total === 0,
    async () => {
      const search = await loadSearch()
      const { results: all } = await search.search({ ...fromSearchParams(new URLSearchParams()), pageSize: 1 })
      return all.facets.category.slice(0, popularCategoryCount)
    },
  )
  const go = (next: SearchRequest) => navigate(searchHref(next))
  const isFiltered = () => !isBlank({ ...request(), q: '' })
  // Phones start with the filters folded away, so results come first; wide screens show them beside.
  // The server's HTML has them folded on every width: a first visit starts as it does.
  const filtersOpen = !serverResults() && window.matchMedia('(min-width: 56rem)').matches
  const pages = () => Math.max(1, Math.ceil((results()?.total ?? 0) / defaultPageSize))
  // The price bands are the catalog's own prices; the server's first view may list hits in a market.
  const currency = () => baseCurrency
  const heading = () => (request().q ? t('search.resultsFor', { query: request().q }) : t('search.title'))
  useDocumentTitle(heading)

  return (
    <section class="search-page" aria-busy={outcome.loading}>
      <header class="page-header">
        <h1>{heading()}</h1>
        <p class="search-page__status" role="status">
          <Show when={results()}>
            {(current) => (
              <>
                {t('search.resultCount', { count: current().total })}
                <Show when={latest()?.source === 'local'}>
                  <span class="search-page__source">{t('search.fromOfflineCatalog')}</span>
                </Show>
              </>
            )}
          </Show>
        </p>
      </header>
      <Switch>
        <Match when={outcome.error}>
          <p class="notice" role="alert">
            {!network.isOnline() && isCatalogPending(sync) ? t('search.offlineNotReady') : t('errors.INTERNAL')}
          </p>
        </Match>
        <Match when={isBlank(request())}>
          <PopularCategories hint={t('search.emptyHint')} categories={popular.error ? [] : (popular.latest ?? [])} />
        </Match>
        <Match when={!results()}>
          <ProductGridSkeleton count={8} label={t('search.searching')} />
        </Match>
        <Match when={results()}>
          {(current) => (
            <>
              <Show when={current().didYouMean}>
                {(suggestion) => (
                  <p class="search-page__did-you-mean">
                    <For each={messageParts((values) => t('search.didYouMean', values), ['suggestion'])}>
                      {(part) =>
                        part.slot ? (
                          <bdi>
                            <A href={searchHref({ ...request(), q: suggestion(), page: 1, verbatim: false })}>
                              {suggestion()}
                            </A>
                          </bdi>
                        ) : (
                          part.text
                        )
                      }
                    </For>
                  </p>
                )}
              </Show>
              <Show when={current().correctedQuery}>
                {(corrected) => (
                  <p class="search-page__did-you-mean">
                    {t('search.showingResultsFor')}{' '}
                    <bdi>
                      <strong>{corrected()}</strong>
                    </bdi>
                    <br />
                    {t('search.searchInsteadFor')}{' '}
                    <bdi>
                      <A href={searchHref({ ...request(), page: 1, verbatim: true })}>{request().q}</A>
                    </bdi>
                  </p>
                )}
              </Show>
              <div class="search-page__layout">
                <Show when={current().total > 0 || isFiltered()}>
                  <details class="search-page__filters" open={filtersOpen}>
                    <summary>{t('search.filters')}</summary>
                    <SearchFacetPanel
                      facets={current().facets}
                      request={request()}
                      currency={currency()}
                      onChange={go}
                    />
                  </details>
                </Show>
                <div class="search-page__results">
                  <Show
                    when={current().total > 0}
                    fallback={
                      <div class="search-page__empty">
                        <p>{t('search.noResults', { query: request().q })}</p>
                        <PopularCategories
                          hint={t('search.noResultsHint')}
                          categories={popular.error ? [] : (popular.latest ?? [])}
                        />
                      </div>
                    }
                  >
                    <div class="toolbar">
                      <label class="toolbar__sort">
                        {t('sort.label')}
                        <select
                          onChange={(event) => go({ ...request(), sort: toSort(event.currentTarget.value), page: 1 })}
                        >
                          <For each={searchSorts}>
                            {(option) => (
                              <option value={option} selected={option === request().sort}>
                                {t(searchSortLabels[option])}
                              </option>
                            )}
                          </For>
                        </select>
                      </label>
                    </div>
                    <ol class="product-grid search-results" aria-label={heading()}>
                      <For each={current().hits}>
                        {(hit, index) => (
                          <SearchResultCard
                            hit={hit}
                            lastKnown={latest()?.source === 'local'}
                            priority={index() < 4}
                            onOpen={() =>
                              void loadSearch().then((search) =>
                                search.reportClick({
                                  query: current().query,
                                  productId: hit.id,
                                  position: (current().page - 1) * current().pageSize + index() + 1,
                                  searchId: latest()?.searchId ?? null,
                                }),
                              )
                            }
                          />
                        )}
                      </For>
                    </ol>
                    <Show when={pages() > 1}>
                      <nav
                        class="search-page__pages"
                        aria-label={t('search.pageOf', { page: request().page, pages: pages() })}
                      >
                        <Show when={request().page > 1}>
                          <A class="button" href={searchHref({ ...request(), page: request().page - 1 })}>
                            {t('search.previousPage')}
                          </A>
                        </Show>
                        <span>{t('search.pageOf', { page: request().page, pages: pages() })}</span>
                        <Show when={request().page < pages()}>
                          <A class="button" href={searchHref({ ...request(), page: request().page + 1 })}>
                            {t('search.nextPage')}
                          </A>
                        </Show>
                      </nav>
                    </Show>
                  </Show>
                </div>
              </div>
            </>
          )}
        </Match>
      </Switch>
    </section>
  )
}

function PopularCategories(props: {
  readonly hint: string
  readonly categories: readonly { readonly value: string; readonly label: string }[]
}): JSX.Element {
  const { t } = useI18n()
  return (
    <section class="search-page__popular" aria-labelledby="popular-categories">
      <p>{props.hint}</p>
      <h2 id="popular-categories">{t('search.popularCategories')}</h2>
      <ul class="category-tiles">
        <For each={props.categories}>
          {(category) => (
            <li>
              <A class="category-tile" href={`/c/${category.value}`}>
                <span class="category-tile__name">{category.label}</span>
              </A>
            </li>
          )}
        </For>
      </ul>
    </section>
  )
}

function toSort(value: string): SearchSort {
  return searchSorts.find((sort) => sort === value) ?? 'relevance'
}
