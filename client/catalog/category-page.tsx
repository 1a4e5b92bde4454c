import { useLocation, useNavigate, useParams, useSearchParams } from '@solidjs/router'
import { createEffect, createMemo, createSignal, For, type JSX, Match, on, onCleanup, Show, Switch } from 'solid-js'
import {
  type CategoryFilters,
  categoryFiltersOf,
  categoryHref,
  filterCategory,
  hasCategoryFilters,
} from '../../shared/catalog/category-filters.ts'
import { type ProductSort, productSorts } from '../../shared/catalog/product.ts'
import { productSortLabels } from '../../shared/i18n/sort-labels.ts'
import { baseCurrency } from '../../shared/markets/market-price.ts'
import { categoryFirstPaintCount, type PageData } from '../../shared/pages/page-data.ts'
import type { SearchFacets } from '../../shared/search/search-types.ts'
import { isCatalogPending, useOffline } from '../offline/offline-context.tsx'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'
import { scheduleIdle } from '../platform/idle.ts'
import { createLiveQuery } from '../platform/live-query.ts'
import { isServerNotFound, preferLocal } from '../platform/page-data.ts'
import { fromSearchParams } from '../search/search-params.ts'
import { NotFound } from '../ui/not-found.tsx'
import { CatalogPending } from './catalog-pending.tsx'
import { type CategoryListing, listAllCategoryProducts, listCategoryProducts } from './catalog-queries.ts'
import { CategoryFilterPanel } from './category-filter-panel.tsx'
import { ProductGrid, ProductGridSkeleton } from './product-grid.tsx'

/**
 * Incremental rendering: the first cards paint at once, more are added while the browser is idle up to
 * a cap, and beyond the cap the shopper asks for more — so a category of thousands never renders at once.
 */
const firstPaintCards = categoryFirstPaintCount
const growStep = 48
/** Cards added per idle callback: small, so no step is a long task on a phone (issue 12: TBT). */
const idleGrowStep = 12
const autoRenderCap = 240

const emptyListing: CategoryListing = { category: undefined, products: [], total: 0 }

/** What the page lists: the category's products in order, or those passing its filters. */
type Shown = CategoryListing & { readonly facets?: SearchFacets }

export function CategoryPage(): JSX.Element {
  const { t, locale } = useI18n()
  const { db, sync } = useOffline()
  const params = useParams<{ slug: string }>()
  const location = useLocation()
  const navigate = useNavigate()
  const [search, setSearch] = useSearchParams<{ sort?: string }>()
  const sort = (): ProductSort => productSorts.find((s) => s === search.sort) ?? 'newest'
  // The search page's parameters, read as leniently: a hand-edited URL loses its bad parts.
  const filters = createMemo(
    () => categoryFiltersOf(fromSearchParams(new URLSearchParams(location.search))),
    undefined,
    {
      equals: (a, b) => categoryHref('', 'newest', a) === categoryHref('', 'newest', b),
    },
  )
  const filtered = () => hasCategoryFilters(filters())
  const [limit, setLimit] = createSignal(firstPaintCards)
  createEffect(on([() => params.slug, sort, filters], () => setLimit(firstPaintCards), { defer: true }))
  // The whole category is read only for filtering and counting: while filters are on or the panel is open.
  const [panelOpen, setPanelOpen] = createSignal(false)
  const needsAll = createMemo(() => filtered() || panelOpen())
  const everything = createLiveQuery(() => {
    const [slug, language] = [params.slug, locale()]
    if (!needsAll()) return () => undefined
    return () => listAllCategoryProducts(db, slug, language)
  })
  const local = createMemo(() => {
    const all = everything.value()
    return all?.category ? { category: all.category, ...filterCategory(all.products, filters(), sort()) } : undefined
  })
  const go = (next: CategoryFilters) => navigate(categoryHref(params.slug, sort(), next))

  const listing = createLiveQuery(() => {
    const [slug, order, count, language] = [params.slug, sort(), limit(), locale()]
    return () => listCategoryProducts(db, slug, order, count, language)
  }, emptyListing)
  // A first visit shows what the server rendered (or its 404) until the catalog is on this device.
  const path = () => categoryHref(params.slug, sort(), filters())
  const server = (data: PageData): Shown | undefined => (data.page === 'category' ? data : undefined)
  // …or as soon as the device holds more of it than the server sent (the shopper asked for more).
  const hasMoreLocally = () => listing.value().products.length > categoryFirstPaintCount
  const localFiltered = (): Shown | undefined => {
    const current = local()
    if (!current) return undefined
    const { category: found, products, facets } = current
    return { category: found, products: products.slice(0, limit()), total: products.length, facets }
  }
  const next = (): Shown => {
    if (filtered()) return preferLocal(sync, path(), localFiltered(), server) ?? emptyListing
    if (hasMoreLocally()) return listing.value()
    return preferLocal(sync, path(), listing.value().category ? listing.value() : undefined, server) ?? listing.value()
  }
  // While the other listing is being read (a filter was just chosen or cleared), the page keeps
  // what it shows rather than flashing a placeholder (and folding the filter panel).
  const shown = createMemo<Shown>((previous) => {
    const candidate = next()
    const reading = filtered() ? !local() : !listing.value().category
    return candidate.category === undefined && reading && previous.category?.slug === params.slug ? previous : candidate
  }, emptyListing)
  /** The counts: this device's when it has read the category, else the server's. */
  const facets = () => local()?.facets ?? shown().facets
  const ready = () => (filtered() ? everything.ready() : listing.ready()) || shown().category !== undefined
  const isMissing = () => isServerNotFound(`/c/${params.slug}`) && !shown().category
  const category = () => shown().category
  createEffect(() => {
    const { products, total } = filtered() ? shown() : listing.value()
    // Grow only once the result for the current limit is in, and only while below the cap.
    if (products.length < limit() || products.length >= total || limit() >= autoRenderCap) return
    onCleanup(scheduleIdle(() => setLimit((n) => n + idleGrowStep)))
  })
  useDocumentTitle(
    () => category()?.name ?? (isMissing() || (ready() && !isCatalogPending(sync)) ? t('errors.NOT_FOUND') : undefined),
  )

  return (
    <Switch>
      <Match when={listing.error()}>
        <p class="notice" role="alert">
          {t('errors.INTERNAL')}
        </p>
      </Match>
      <Match when={!ready() || (!category() && !isMissing() && isCatalogPending(sync))}>
        <CatalogPending>
          <ProductGridSkeleton count={8} label={t('catalog.loading')} />
        </CatalogPending>
      </Match>
      <Match when={!category()}>
        <NotFound />
      </Match>
      <Match when={category()}>
        {(current) => (
          <section class="category-page">
            <header class="page-header">
              <h1>{current().name}</h1>
              <p>{current().description}</p>
            </header>
            <div class="toolbar">
              <p class="toolbar__count">{t('catalog.productCount', { count: shown().total })}</p>
              <label class="toolbar__sort">
                {t('sort.label')}
                <select onChange={(event) => setSearch({ sort: event.currentTarget.value }, { replace: true })}>
                  <For each={productSorts}>
                    {(option) => (
                      <option value={option} selected={option === sort()}>
                        {t(productSortLabels[option])}
                      </option>
                    )}
                  </For>
                </select>
              </label>
            </div>
            <CategoryFilterPanel
              facets={facets()}
              filters={filters()}
              currency={baseCurrency}
              onToggle={setPanelOpen}
              onChange={go}
            />
            <Show
              when={shown().total > 0}
              fallback={<p class="notice">{t(filtered() ? 'catalog.noMatches' : 'catalog.categoryEmpty')}</p>}
            >
              <ProductGrid products={shown().products} label={current().name} />
            </Show>
            <Show when={shown().products.length < shown().total}>
              <button type="button" class="button load-more" onClick={() => setLimit((n) => n + growStep)}>
                {t('catalog.showMore', { shown: shown().products.length, total: shown().total })}
              </button>
            </Show>
          </section>
        )}
      </Match>
    </Switch>
  )
}
