import { useParams, useSearchParams } from '@solidjs/router'
import { createEffect, createSignal, For, type JSX, Match, on, onCleanup, Show, Switch } from 'solid-js'
import { type ProductSort, productSorts } from '../../shared/catalog/product.ts'
import { isCatalogPending, useOffline } from '../offline/offline-context.tsx'
import { useDocumentTitle } from '../platform/document-title.ts'
import { type MessageId, useI18n } from '../platform/i18n.tsx'
import { scheduleIdle } from '../platform/idle.ts'
import { createLiveQuery } from '../platform/live-query.ts'
import { NotFound } from '../ui/not-found.tsx'
import { CatalogPending } from './catalog-pending.tsx'
import { type CategoryListing, listCategoryProducts } from './catalog-queries.ts'
import { ProductGrid, ProductGridSkeleton } from './product-grid.tsx'

/**
 * Incremental rendering: the first cards paint at once, more are added while the browser is idle up to
 * a cap, and beyond the cap the shopper asks for more — so a category of thousands never renders at once.
 */
const firstPaintCards = 24
const growStep = 48
const autoRenderCap = 240

const sortLabels = {
  newest: 'sort.newest',
  price_asc: 'sort.priceAsc',
  price_desc: 'sort.priceDesc',
} as const satisfies Record<ProductSort, MessageId>

const emptyListing: CategoryListing = { category: undefined, products: [], total: 0 }

export function CategoryPage(): JSX.Element {
  const { t } = useI18n()
  const { db, sync } = useOffline()
  const params = useParams<{ slug: string }>()
  const [search, setSearch] = useSearchParams<{ sort?: string }>()
  const sort = (): ProductSort => productSorts.find((s) => s === search.sort) ?? 'newest'
  const [limit, setLimit] = createSignal(firstPaintCards)
  createEffect(on([() => params.slug, sort], () => setLimit(firstPaintCards), { defer: true }))

  const listing = createLiveQuery(() => {
    const [slug, order, count] = [params.slug, sort(), limit()]
    return () => listCategoryProducts(db, slug, order, count)
  }, emptyListing)
  const category = () => listing.value().category
  createEffect(() => {
    const { products, total } = listing.value()
    // Grow only once the result for the current limit is in, and only while below the cap.
    if (products.length < limit() || products.length >= total || limit() >= autoRenderCap) return
    onCleanup(scheduleIdle(() => setLimit((n) => n + growStep)))
  })
  useDocumentTitle(
    () => category()?.name ?? (listing.ready() && !isCatalogPending(sync) ? t('errors.NOT_FOUND') : undefined),
  )

  return (
    <Switch>
      <Match when={listing.error()}>
        <p class="notice" role="alert">
          {t('errors.INTERNAL')}
        </p>
      </Match>
      <Match when={!listing.ready() || (!category() && isCatalogPending(sync))}>
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
              <p class="toolbar__count">{t('catalog.productCount', { count: listing.value().total })}</p>
              <label class="toolbar__sort">
                {t('sort.label')}
                <select onChange={(event) => setSearch({ sort: event.currentTarget.value }, { replace: true })}>
                  <For each={productSorts}>
                    {(option) => (
                      <option value={option} selected={option === sort()}>
                        {t(sortLabels[option])}
                      </option>
                    )}
                  </For>
                </select>
              </label>
            </div>
            <Show when={listing.value().total > 0} fallback={<p class="notice">{t('catalog.categoryEmpty')}</p>}>
              <ProductGrid products={listing.value().products} label={current().name} />
            </Show>
            <Show when={listing.value().products.length < listing.value().total}>
              <button type="button" class="button load-more" onClick={() => setLimit((n) => n + growStep)}>
                {t('catalog.showMore', { shown: listing.value().products.length, total: listing.value().total })}
              </button>
            </Show>
          </section>
        )}
      </Match>
    </Switch>
  )
}
