/**
 * The home page's blocks (shared/storefront/home-blocks.ts), resolved for the shopper's language. The
 * server renders the same markup for the first view (server/pages/storefront-views.ts).
 */
import { A } from '@solidjs/router'
import { For, Index, type JSX, Match, Show, Switch } from 'solid-js'
import type { Category } from '../../shared/catalog/product.ts'
import { type CollectionTile, type HomeView, heroImage } from '../../shared/storefront/home-blocks.ts'
import { type MessageId, useI18n } from '../platform/i18n.tsx'
import { ProductGrid } from './product-grid.tsx'
import { ProductImage } from './product-image.tsx'
import './home-blocks.css'

const heroImageSizes = '(min-width: 900px) 480px, 100vw'
const collectionTileSizes = '(min-width: 1100px) 220px, (min-width: 640px) 30vw, 46vw'

const rowTitles = {
  featured_products: 'home.featured',
  new_arrivals: 'home.newArrivals',
  best_sellers: 'home.bestSellers',
} as const satisfies Record<string, MessageId>

type RowView = Extract<HomeView, { readonly products: unknown }>

function ofType<T extends HomeView['type']>(view: HomeView, type: T): Extract<HomeView, { type: T }> | undefined {
  return view.type === type ? (view as Extract<HomeView, { type: T }>) : undefined
}

function productRow(view: HomeView): RowView | undefined {
  return 'products' in view ? view : undefined
}

export function HomeBlocks(props: {
  readonly views: readonly HomeView[]
  readonly categories: readonly Category[]
}): JSX.Element {
  const { t } = useI18n()
  const firstHero = () => props.views.findIndex((view) => view.type === 'hero')
  // The hero's image is the page's largest paint: no card competes with it for the first bytes.
  const firstRow = () => (heroImage(props.views) ? -1 : props.views.findIndex((view) => 'products' in view))
  return (
    <>
      <Show when={firstHero() === -1}>
        <h1 class="visually-hidden">{t('app.name')}</h1>
      </Show>
      {/* By position, not by object: a sync that resolves the blocks afresh keeps their elements. */}
      <Index each={props.views}>
        {(view, index) => {
          const headingId = `home-${index}-heading`
          return (
            <Switch>
              <Match when={ofType(view(), 'hero')}>
                {(hero) => (
                  <section class={hero().image ? 'hero hero--with-image' : 'hero'}>
                    <div class="hero__text">
                      <Show when={index === firstHero()} fallback={<h2>{hero().title}</h2>}>
                        <h1>{hero().title}</h1>
                      </Show>
                      <Show when={hero().text}>
                        <p>{hero().text}</p>
                      </Show>
                      <A class="button button--primary hero__cta" href={hero().ctaHref}>
                        {hero().ctaLabel}
                      </A>
                    </div>
                    <Show when={hero().image}>
                      {(image) => (
                        <div class="hero__media">
                          <ProductImage
                            image={image()}
                            class="hero__image"
                            alt={image().alt}
                            sizes={heroImageSizes}
                            priority={index === firstHero()}
                          />
                        </div>
                      )}
                    </Show>
                  </section>
                )}
              </Match>
              <Match when={ofType(view(), 'banner')}>
                {(banner) => (
                  <p class={`home-banner home-banner--${banner().tone}`}>
                    <Show when={banner().href} fallback={banner().text}>
                      {(href) => (
                        <A class="home-banner__link" href={href()}>
                          {banner().text}
                        </A>
                      )}
                    </Show>
                  </p>
                )}
              </Match>
              <Match when={ofType(view(), 'featured_collections')}>
                {(row) => (
                  <section aria-labelledby={headingId}>
                    <h2 id={headingId}>{t('home.collections')}</h2>
                    <ul class="collection-tiles">
                      <For each={row().collections}>{(tile) => <CollectionTileLink tile={tile} />}</For>
                    </ul>
                  </section>
                )}
              </Match>
              <Match when={view().type === 'categories'}>
                <section aria-labelledby={headingId}>
                  <h2 id={headingId}>{t('home.categories')}</h2>
                  <ul class="category-tiles">
                    <For each={props.categories}>
                      {(category) => (
                        <li>
                          <A class="category-tile" href={`/c/${category.slug}`}>
                            <span class="category-tile__name">{category.name}</span>
                            <span class="category-tile__description">{category.description}</span>
                          </A>
                        </li>
                      )}
                    </For>
                  </ul>
                </section>
              </Match>
              <Match when={productRow(view())}>
                {(row) => (
                  <section aria-labelledby={headingId}>
                    <h2 id={headingId}>{t(rowTitles[row().type])}</h2>
                    <ProductGrid
                      products={row().products}
                      label={t(rowTitles[row().type])}
                      eager={index === firstRow() ? undefined : 0}
                    />
                  </section>
                )}
              </Match>
            </Switch>
          )
        }}
      </Index>
    </>
  )
}

function CollectionTileLink(props: { readonly tile: CollectionTile }): JSX.Element {
  return (
    <li>
      <A class="collection-tile" href={`/collections/${props.tile.slug}`}>
        <Show when={props.tile.image}>
          {(image) => (
            <ProductImage image={image()} class="collection-tile__image" alt="" sizes={collectionTileSizes} />
          )}
        </Show>
        <span class="collection-tile__title">{props.tile.title}</span>
        <Show when={props.tile.description}>
          <span class="collection-tile__description">{props.tile.description}</span>
        </Show>
      </A>
    </li>
  )
}
