import { type JSX, Match, Switch } from 'solid-js'
import { resolveHomeBlocks } from '../../shared/storefront/home-blocks.ts'
import { isCatalogPending, useOffline } from '../offline/offline-context.tsx'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { preferLocal } from '../platform/page-data.ts'
import { CatalogPending } from './catalog-pending.tsx'
import { HomeBlocks } from './home-blocks.tsx'
import { ProductGridSkeleton } from './product-grid.tsx'
import { type LocalHome, loadHome } from './storefront-queries.ts'

export function HomePage(): JSX.Element {
  const { t, locale } = useI18n()
  const { db, sync } = useOffline()
  // One querier for the categories, the storefront document and the rows' products: separate queries
  // answering a moment apart would flash a block away.
  const home = createLiveQuery<LocalHome | undefined>(() => {
    const language = locale()
    return () => loadHome(db, language)
  }, undefined)
  // A first visit shows what the server rendered until the catalog (and the storefront) is on this device.
  const shown = () => {
    const local = home.value()
    return preferLocal(sync, '/', local?.hasContent && local.categories.length > 0 ? local : undefined, (data) =>
      data.page === 'home' ? data : undefined,
    )
  }
  const current = () => shown() ?? home.value()
  const ready = () => current() !== undefined
  const categories = () => current()?.categories ?? []
  const isEmpty = () => ready() && categories().length === 0
  const views = () => {
    const data = current()
    return data ? resolveHomeBlocks(data.layout, locale(), data.sources) : []
  }
  useDocumentTitle(() => undefined)

  return (
    <Switch>
      <Match when={home.error()}>
        <p class="notice" role="alert">
          {t('errors.INTERNAL')}
        </p>
      </Match>
      <Match when={!ready() || (isEmpty() && isCatalogPending(sync))}>
        <CatalogPending>
          <ProductGridSkeleton count={8} label={t('catalog.loading')} />
        </CatalogPending>
      </Match>
      <Match when={isEmpty()}>
        <h1 class="visually-hidden">{t('app.name')}</h1>
        <p class="notice">{t('catalog.empty')}</p>
      </Match>
      <Match when={true}>
        <HomeBlocks views={views()} categories={categories()} />
      </Match>
    </Switch>
  )
}
