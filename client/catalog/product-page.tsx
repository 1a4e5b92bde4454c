import { A, useParams } from '@solidjs/router'
import { createEffect, For, type JSX, lazy, Match, on, Show, Suspense, Switch } from 'solid-js'
import type { Category, Product } from '../../shared/catalog/product.ts'
import { tagLabel } from '../../shared/catalog/tag-label.ts'
import { galleryImageIndexes, missingOptions, selectionPrice } from '../../shared/catalog/variant-selection.ts'
import { chooseOptionMessage } from '../../shared/i18n/variant-messages.ts'
import type { ProductId } from '../../shared/ids.ts'
import { searchHref } from '../../shared/search/search-url.ts'
import { AddToCart } from '../cart/add-to-cart.tsx'
import { isCatalogPending, useOffline } from '../offline/offline-context.tsx'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { isServerNotFound, preferLocal } from '../platform/page-data.ts'
import { NotFound } from '../ui/not-found.tsx'
import { Price } from '../ui/price.tsx'
import { WishlistToggle } from '../wishlist/wishlist-toggle.tsx'
import { CatalogPending } from './catalog-pending.tsx'
import { findCategoryById, findProductBySlug, listRelatedProducts } from './catalog-queries.ts'
import { ProductGallery } from './product-gallery.tsx'
import { ProductGrid } from './product-grid.tsx'
import { ProductRatingSummary } from './product-rating-summary.tsx'
import { listRecentlyViewed, recordProductView } from './recently-viewed.ts'
import { ShippingReturns } from './shipping-returns.tsx'
import { StickyAddToCart } from './sticky-add-to-cart.tsx'
import { StockState } from './stock-state.tsx'
import { createVariantChoice } from './variant-choice.ts'
import { VariantPicker, variantInputName } from './variant-picker.tsx'

// Its own chunk, fetched after the page rendered: reviews sit below the description, and the
// product page's first paint (and bundle) do not wait for them.
const ProductReviews = lazy(async () => ({ default: (await import('../reviews/product-reviews.tsx')).ProductReviews }))

type ProductView = {
  readonly product: Product | undefined
  readonly category: Category | undefined
  readonly related: readonly Product[]
}

export function ProductPage(): JSX.Element {
  const { t, locale } = useI18n()
  const { db, sync } = useOffline()
  const params = useParams<{ slug: string }>()
  const view = createLiveQuery<ProductView>(() => {
    const [slug, language] = [params.slug, locale()]
    return async () => {
      const product = await findProductBySlug(db, slug, language)
      const [category, related] = product
        ? await Promise.all([
            findCategoryById(db, product.categoryId, language),
            listRelatedProducts(db, product, language),
          ])
        : [undefined, []]
      return { product, category, related }
    }
  })
  // A first visit shows what the server rendered (or its 404) until the catalog is on this device.
  const path = () => `/p/${params.slug}`
  const shown = (): ProductView | undefined =>
    preferLocal(sync, path(), view.value()?.product ? view.value() : undefined, (data) =>
      data.page === 'product' ? { product: data.product, category: data.category, related: data.related } : undefined,
    ) ?? view.value()
  const isMissing = () => isServerNotFound(path()) && !shown()?.product
  useDocumentTitle(
    () =>
      shown()?.product?.name ??
      (isMissing() || (view.ready() && !isCatalogPending(sync)) ? t('errors.NOT_FOUND') : undefined),
  )

  return (
    <Switch>
      <Match when={view.error()}>
        <p class="notice" role="alert">
          {t('errors.INTERNAL')}
        </p>
      </Match>
      <Match when={shown()?.product}>
        {(product) => (
          <>
            <ProductDetails product={product()} category={shown()?.category} />
            <Suspense>
              <ProductReviews product={product()} />
            </Suspense>
            <RelatedProducts products={shown()?.related ?? []} />
            <RecentlyViewed productId={product().id} />
          </>
        )}
      </Match>
      <Match when={!isMissing() && (!view.ready() || isCatalogPending(sync))}>
        <CatalogPending>
          <div
            class="skeleton skeleton--product"
            role="progressbar"
            aria-busy="true"
            aria-label={t('catalog.loading')}
          />
        </CatalogPending>
      </Match>
      <Match when={true}>
        <NotFound />
      </Match>
    </Switch>
  )
}

function ProductDetails(props: { readonly product: Product; readonly category: Category | undefined }): JSX.Element {
  const { t, formatDate, formatRelativeTime, locale } = useI18n()
  const { network, sync } = useOffline()
  const syncedAt = () => sync.state().lastSyncedAt
  const choice = createVariantChoice(() => props.product)
  const missing = () => missingOptions(props.product, choice.selection())[0]
  const price = () => selectionPrice(props.product, choice.selection())
  const prompt = () => {
    const option = missing()
    if (!option) return undefined
    const asked = chooseOptionMessage(option)
    return t(asked.id, asked.values)
  }
  // Focus the first radio the shopper can still choose in the option the button asked for.
  const askForMissing = () => {
    const option = missing()
    if (!option) return
    const name = variantInputName(props.product.id, option.code)
    document.querySelector<HTMLInputElement>(`input[name="${CSS.escape(name)}"]:not(:disabled)`)?.focus()
  }
  let actions: HTMLDivElement | undefined
  return (
    <article class="product">
      <nav class="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <ol>
          <li>
            <A href="/">{t('nav.home')}</A>
          </li>
          <Show when={props.category}>
            {(category) => (
              <li>
                <A href={`/c/${category().slug}`}>{category().name}</A>
              </li>
            )}
          </Show>
          <li aria-current="page">{props.product.name}</li>
        </ol>
      </nav>
      <div class="product__layout">
        <ProductGallery product={props.product} imageIndexes={galleryImageIndexes(props.product, choice.shown())} />
        <div class="product__details">
          <h1>{props.product.name}</h1>
          <ProductRatingSummary product={props.product} />
          <p class="product__brand">{t('product.brand', { brand: props.product.brand })}</p>
          <p class="product__price">
            <Price
              amount={price().amount}
              compareAt={price().compareAt}
              from={price().from}
              currency={props.product.currency}
              lastKnown={!network.isOnline()}
            />
          </p>
          <Show when={props.product.options.length > 0}>
            <VariantPicker product={props.product} selection={choice.selection()} onChoose={choice.choose} />
          </Show>
          <Show when={choice.variant()}>{(variant) => <StockState product={props.product} variant={variant()} />}</Show>
          <div class="product__actions" ref={actions}>
            <AddToCart product={props.product} variant={choice.variant()} prompt={prompt()} onPrompt={askForMissing} />
            <WishlistToggle product={props.product} />
          </div>
          <Show when={!network.isOnline() && syncedAt()}>
            {(at) => (
              // Relative ("5 minutes ago") tells how stale the last known price is; the exact time is the title.
              <p class="product__as-of" title={formatDate(at())}>
                {t('product.asOf', { ago: formatRelativeTime(at()) })}
              </p>
            )}
          </Show>
          <ShippingReturns currency={props.product.currency} />
          <p class="product__description">{props.product.description}</p>
          <Show when={props.product.tags.length > 0}>
            <ul class="tags" aria-label={t('product.tags')}>
              <For each={props.product.tags}>
                {(tag) => {
                  const label = () => tagLabel(tag, locale())
                  return (
                    <li>
                      <A class="tag" href={searchHref({ q: label() })}>
                        {label()}
                      </A>
                    </li>
                  )
                }}
              </For>
            </ul>
          </Show>
        </div>
      </div>
      <StickyAddToCart
        product={props.product}
        variant={choice.variant()}
        price={price()}
        prompt={prompt()}
        actions={() => actions}
      />
    </article>
  )
}

/** "You may also like", as the server renders it below the product (server/pages/catalog-views.ts). */
function RelatedProducts(props: { readonly products: readonly Product[] }): JSX.Element {
  const { t } = useI18n()
  return (
    <Show when={props.products.length > 0}>
      <section class="product-more" aria-labelledby="related-heading">
        <h2 id="related-heading">{t('product.related')}</h2>
        <ProductGrid products={props.products} label={t('product.related')} eager={0} />
      </section>
    </Show>
  )
}

/**
 * The products this device viewed before this one, last first (kept in IndexedDB, offline too).
 * Only the app knows them: the server renders nothing here, and the section comes last on the page,
 * below everything the server rendered, so its arrival moves nothing the shopper sees.
 */
function RecentlyViewed(props: { readonly productId: ProductId }): JSX.Element {
  const { t, locale } = useI18n()
  const { db } = useOffline()
  const recent = createLiveQuery(() => {
    const [id, language] = [props.productId, locale()]
    return () => listRecentlyViewed(db, id, language)
  }, [])
  createEffect(
    on(
      () => props.productId,
      (id) => {
        recordProductView(db, id, new Date()).catch((error: unknown) =>
          console.error('could not remember the viewed product', error),
        )
      },
    ),
  )
  return (
    <Show when={recent.value().length > 0}>
      <section class="product-more" aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t('product.recentlyViewed')}</h2>
        <ProductGrid products={recent.value()} label={t('product.recentlyViewed')} eager={0} />
      </section>
    </Show>
  )
}
