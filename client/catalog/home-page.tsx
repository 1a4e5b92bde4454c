import { For, type JSX, Match, Show, Switch } from 'solid-js'
import { homeFeaturedCount } from '../../shared/pages/page-data.ts'
import { isCatalogPending, useOffline } from '../offline/offline-context.tsx'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { preferLocal } from '../platform/page-data.ts'
import { CatalogPending } from './catalog-pending.tsx'
import { listCategories, listFeaturedProducts } from './catalog-queries.ts'
import { ProductGrid, ProductGridSkeleton } from './product-grid.tsx'

const featuredLimit = homeFeaturedCount

export function HomePage(): JSX.Element {
  const { t } = useI18n()
  const { db, sync } = useOffline()
  const categories = createLiveQuery(() => () => listCategories(db), [])
  const featured = createLiveQuery(() => () => listFeaturedProducts(db, featuredLimit), [])
  // A first visit shows what the server rendered until the catalog is on this device.
  const shown = () =>
    preferLocal(
      sync,
      '/',
      // Both queries must have answered: one a moment before the other would flash a section away.
      categories.value().length > 0 && featured.value().length > 0
        ? { categories: categories.value(), featured: featured.value() }
        : undefined,
      (data) => (data.page === 'home' ? data : undefined),
    )
  const shownCategories = () => shown()?.categories ?? categories.value()
  const shownFeatured = () => shown()?.featured ?? featured.value()
  const ready = () => shown() !== undefined || categories.ready()
  const isEmpty = () => ready() && shownCategories().length === 0
  useDocumentTitle(() => undefined)

  return (
    <>
      <section class="hero">
        <h1>{t('home.title')}</h1>
        <p>{t('home.tagline')}</p>
      </section>
      <Switch>
        <Match when={categories.error() || featured.error()}>
          <p class="notice" role="alert">
            {t('errors.INTERNAL')}
          </p>
        </Match>
        <Match when={!ready() || (isEmpty() && isCatalogPending(sync))}>
          <CatalogPending>
            <ProductGridSkeleton count={featuredLimit} label={t('catalog.loading')} />
          </CatalogPending>
        </Match>
        <Match when={isEmpty()}>
          <p class="notice">{t('catalog.empty')}</p>
        </Match>
        <Match when={true}>
          <section aria-labelledby="categories-heading">
            <h2 id="categories-heading">{t('home.categories')}</h2>
            <ul class="category-tiles">
              <For each={shownCategories()}>
                {(category) => (
                  <li>
                    <a class="category-tile" href={`/c/${category.slug}`}>
                      <span class="category-tile__name">{category.name}</span>
                      <span class="category-tile__description">{category.description}</span>
                    </a>
                  </li>
                )}
              </For>
            </ul>
          </section>
          <Show when={shownFeatured().length > 0}>
            <section aria-labelledby="featured-heading">
              <h2 id="featured-heading">{t('home.featured')}</h2>
              <ProductGrid products={shownFeatured()} label={t('home.featured')} />
            </section>
          </Show>
        </Match>
      </Switch>
    </>
  )
}
