/**
 * The home page's blocks and a collection page as the client renders them
 * (client/catalog/home-blocks.tsx, collection-page.tsx): same elements, same classes, same strings.
 */
import { html } from 'hono/html'
import type { Category, Product } from '../../shared/catalog/product.ts'
import type { CollectionPageData } from '../../shared/pages/page-data.ts'
import { type CollectionTile, type HomeView, heroImage } from '../../shared/storefront/home-blocks.ts'
import { localize } from '../../shared/storefront/localized-text.ts'
import { productGrid } from './catalog-views.ts'
import type { Html } from './html.ts'
import type { PageIntl } from './page-intl.ts'
import { productImageHtml } from './product-image-html.ts'

export const heroImageSizes = '(min-width: 900px) 480px, 100vw'
export const collectionTileSizes = '(min-width: 1100px) 220px, (min-width: 640px) 30vw, 46vw'

/** As client/catalog/home-blocks.ts: the label of each product row. */
const rowTitles = {
  featured_products: 'home.featured',
  new_arrivals: 'home.newArrivals',
  best_sellers: 'home.bestSellers',
} as const

export function homeMain(
  intl: PageIntl,
  views: readonly HomeView[],
  categories: readonly Category[],
  imageCdn: string | null,
): Html {
  const { t } = intl
  if (categories.length === 0)
    return html`<h1 class="visually-hidden">${t('app.name')}</h1><p class="notice">${t('catalog.empty')}</p>`
  const firstHero = views.findIndex((view) => view.type === 'hero')
  // The hero's image is the page's largest paint: no card competes with it for the first bytes.
  const firstRow = heroImage(views) ? -1 : views.findIndex((view) => 'products' in view)
  const blocks = views.map((view, index): Html => {
    const headingId = `home-${index}-heading`
    switch (view.type) {
      case 'hero': {
        const heading = index === firstHero ? html`<h1>${view.title}</h1>` : html`<h2>${view.title}</h2>`
        const text = view.text ? html`<p>${view.text}</p>` : ''
        const media = view.image
          ? html`<div class="hero__media">${productImageHtml(view.image, { class: 'hero__image', alt: view.image.alt, sizes: heroImageSizes, priority: index === firstHero, imageCdn })}</div>`
          : ''
        return html`<section class="hero${view.image ? ' hero--with-image' : ''}"><div class="hero__text">${heading}${text}<a class="button button--primary hero__cta" href="${view.ctaHref}">${view.ctaLabel}</a></div>${media}</section>`
      }
      case 'banner':
        return html`<p class="home-banner home-banner--${view.tone}">${view.href ? html`<a class="home-banner__link" href="${view.href}">${view.text}</a>` : view.text}</p>`
      case 'featured_collections':
        return html`<section aria-labelledby="${headingId}"><h2 id="${headingId}">${t('home.collections')}</h2><ul class="collection-tiles">${view.collections.map((tile) => collectionTile(tile, imageCdn))}</ul></section>`
      case 'categories':
        return html`<section aria-labelledby="${headingId}"><h2 id="${headingId}">${t('home.categories')}</h2><ul class="category-tiles">${categories.map(categoryTile)}</ul></section>`
      default: {
        const title = t(rowTitles[view.type])
        return html`<section aria-labelledby="${headingId}"><h2 id="${headingId}">${title}</h2>${productGrid(intl, view.products, title, imageCdn, index === firstRow ? undefined : 0)}</section>`
      }
    }
  })
  const hiddenHeading = firstHero === -1 ? html`<h1 class="visually-hidden">${t('app.name')}</h1>` : ''
  return html`${hiddenHeading}${blocks}`
}

function categoryTile(category: Category): Html {
  return html`<li><a class="category-tile" href="/c/${category.slug}"><span class="category-tile__name">${category.name}</span><span class="category-tile__description">${category.description}</span></a></li>`
}

function collectionTile(tile: CollectionTile, imageCdn: string | null): Html {
  const picture = tile.image
    ? productImageHtml(tile.image, { class: 'collection-tile__image', alt: '', sizes: collectionTileSizes, imageCdn })
    : ''
  const description = tile.description
    ? html`<span class="collection-tile__description">${tile.description}</span>`
    : ''
  return html`<li><a class="collection-tile" href="/collections/${tile.slug}">${picture}<span class="collection-tile__title">${tile.title}</span>${description}</a></li>`
}

export function collectionMain(intl: PageIntl, data: CollectionPageData, imageCdn: string | null): Html {
  const { t } = intl
  const title = localize(data.collection.title, intl.locale)
  const description = localize(data.collection.description, intl.locale)
  const grid: Html | string =
    data.products.length > 0
      ? productGrid(intl, data.products, title, imageCdn)
      : html`<p class="notice">${t('collection.empty')}</p>`
  return html`<section class="collection-page"><header class="page-header"><h1>${title}</h1>${description ? html`<p>${description}</p>` : ''}</header>${grid}</section>`
}

/** The first card's image: a collection page's largest paint. */
export function collectionLcpImage(products: readonly Product[]) {
  return products[0]?.images[0]
}
