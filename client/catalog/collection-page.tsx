/**
 * A collection's page (`/collections/:slug`): the products it lists, from the device's catalog and
 * storefront document (offline too), or from the server's island on a first visit. The server renders
 * the same markup (server/pages/storefront-views.ts).
 */
import { useParams } from '@solidjs/router'
import { type JSX, Match, Show, Switch } from 'solid-js'
import { localize } from '../../shared/storefront/localized-text.ts'
import { isCatalogPending, useOffline } from '../offline/offline-context.tsx'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { isServerNotFound, preferLocal } from '../platform/page-data.ts'
import { NotFound } from '../ui/not-found.tsx'
import { CatalogPending } from './catalog-pending.tsx'
import { ProductGrid, ProductGridSkeleton } from './product-grid.tsx'
import { type LocalCollection, loadCollection } from './storefront-queries.ts'

export function CollectionPage(): JSX.Element {
  const { t, locale } = useI18n()
  const { db, sync } = useOffline()
  const params = useParams<{ slug: string }>()
  const path = () => `/collections/${params.slug}`
  const listing = createLiveQuery<LocalCollection | null | undefined>(() => {
    const [slug, language] = [params.slug, locale()]
    return () => loadCollection(db, slug, language)
  }, undefined)
  const shown = (): LocalCollection | null | undefined =>
    preferLocal(sync, path(), listing.value()?.collection ? listing.value() : undefined, (data) =>
      data.page === 'collection' ? data : undefined,
    ) ?? listing.value()
  const collection = () => shown()?.collection
  const title = () => {
    const current = collection()
    return current ? localize(current.title, locale()) : undefined
  }
  const description = () => {
    const current = collection()
    return current ? localize(current.description, locale()) : ''
  }
  const isMissing = () => isServerNotFound(path()) && !collection()
  // Unknown only once the device holds the storefront document and the whole catalog.
  const isUnknown = () => isMissing() || (shown() !== undefined && shown() !== null && !isCatalogPending(sync))
  useDocumentTitle(() => title() ?? (collection() === undefined && isUnknown() ? t('errors.NOT_FOUND') : undefined))

  return (
    <Switch>
      <Match when={listing.error()}>
        <p class="notice" role="alert">
          {t('errors.INTERNAL')}
        </p>
      </Match>
      <Match when={collection()}>
        <section class="collection-page">
          <header class="page-header">
            <h1>{title()}</h1>
            <Show when={description()}>
              <p>{description()}</p>
            </Show>
          </header>
          <Show when={(shown()?.products.length ?? 0) > 0} fallback={<p class="notice">{t('collection.empty')}</p>}>
            <ProductGrid products={shown()?.products ?? []} label={title() ?? ''} />
          </Show>
        </section>
      </Match>
      <Match when={isUnknown()}>
        <NotFound />
      </Match>
      <Match when={true}>
        <CatalogPending>
          <ProductGridSkeleton count={8} label={t('catalog.loading')} />
        </CatalogPending>
      </Match>
    </Switch>
  )
}
