/**
 * The main content of the catalog pages as the client renders them (client/catalog/*-page.tsx,
 * product-card.tsx, product-gallery.tsx): same elements, same classes, same strings.
 */
import { html, raw } from 'hono/html'
import { quantityChoices } from '../../shared/cart/cart.ts'
import { hasCategoryFilters } from '../../shared/catalog/category-filters.ts'
import type { Product, ProductVariant } from '../../shared/catalog/product.ts'
import { productSorts } from '../../shared/catalog/product.ts'
import { stockLevel } from '../../shared/catalog/stock-level.ts'
import { tagLabel } from '../../shared/catalog/tag-label.ts'
import {
  galleryImageIndexes,
  hasPriceRange,
  type Selection,
  selectedVariant,
  selectionPrice,
} from '../../shared/catalog/variant-selection.ts'
import { shopPolicyMessages } from '../../shared/i18n/policy-messages.ts'
import { productSortLabels } from '../../shared/i18n/sort-labels.ts'
import { variantStockMessage } from '../../shared/i18n/variant-messages.ts'
import type { Market } from '../../shared/markets/market.ts'
import { baseCurrency } from '../../shared/markets/market-price.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import type { CategoryPageData, ProductPageData } from '../../shared/pages/page-data.ts'
import { summarizeRatings } from '../../shared/reviews/rating-summary.ts'
import { searchRequest } from '../../shared/search/search-types.ts'
import { searchHref } from '../../shared/search/search-url.ts'
import type { ShopPolicies } from '../../shared/shop/shop-policies.ts'
import { type Html, untilApp } from './html.ts'
import type { PageIntl } from './page-intl.ts'
import { productImageHtml } from './product-image-html.ts'
import { facetPanel } from './search-views.ts'
import { productRatingHtml, ratingLineHtml } from './star-rating-html.ts'
import { cardSwatchesHtml, priceHtml, taxIncludedNoteHtml, variantPickerHtml } from './variant-picker-html.ts'

/** As client/catalog/product-grid.tsx: roughly the first row of images loads eagerly. */
const eagerCards = 4
export const cardImageSizes = '(min-width: 1100px) 240px, (min-width: 640px) 30vw, 46vw'
export const mainImageSizes = '(min-width: 900px) 560px, 100vw'

export function categoryMain(intl: PageIntl, data: CategoryPageData, imageCdn: string | null): Html {
  const { t } = intl
  const options = productSorts.map(
    (option) =>
      html`<option value="${option}"${option === data.sort ? html` selected` : ''}>${t(productSortLabels[option])}</option>`,
  )
  const filtered = hasCategoryFilters(data.filters)
  const grid =
    data.total > 0
      ? productGrid(intl, data.products, data.category.name, imageCdn)
      : html`<p class="notice">${t(filtered ? 'catalog.noMatches' : 'catalog.categoryEmpty')}</p>`
  // As client/catalog/category-filter-panel.tsx: folded, whatever the width. The price bands are
  // the catalog's own prices, whatever market the products are shown in.
  const filters = html`<details class="search-page__filters category-page__filters"><summary>${t('search.filters')}</summary>${facetPanel(intl, searchRequest(data.filters), data.facets, baseCurrency)}</details>`
  const more =
    data.products.length < data.total
      ? html`<button type="button" class="button load-more"${raw(untilApp)}>${t('catalog.showMore', { shown: data.products.length, total: data.total })}</button>`
      : ''
  return html`<section class="category-page"><header class="page-header"><h1>${data.category.name}</h1><p>${data.category.description}</p></header><div class="toolbar"><p class="toolbar__count">${t('catalog.productCount', { count: data.total })}</p><label class="toolbar__sort">${t('sort.label')}<select${raw(untilApp)}>${options}</select></label></div>${filters}${grid}${more}</section>`
}

/**
 * `selection` is complete (a variant from the URL or the default, see `initialSelection`): the
 * server never renders a partial one.
 */
export function productMain(
  intl: PageIntl,
  data: ProductPageData,
  selection: Selection,
  market: Market,
  imageCdn: string | null,
): Html {
  const { t } = intl
  const { product, category } = data
  const variant = selectedVariant(product, selection)
  if (!variant) throw new Error(`The selection names no variant of product ${product.id}`)
  const price = selectionPrice(product, selection)
  const crumb = category ? html`<li><a href="/c/${category.slug}">${category.name}</a></li>` : ''
  const tags =
    product.tags.length > 0
      ? html`<ul class="tags" aria-label="${t('product.tags')}">${product.tags.map((tag) => {
          const label = tagLabel(tag, intl.locale)
          return html`<li><a class="tag" href="${searchHref({ q: label })}">${label}</a></li>`
        })}</ul>`
      : ''
  return html`<article class="product"><nav class="breadcrumb" aria-label="${t('nav.breadcrumb')}"><ol><li><a href="/">${t('nav.home')}</a></li>${crumb}<li aria-current="page">${product.name}</li></ol></nav><div class="product__layout">${gallery(intl, product, variant, imageCdn)}<div class="product__details"><h1>${product.name}</h1>${productRatingHtml(intl, summarizeRatings(product.ratingCounts))}<p class="product__brand">${t('product.brand', { brand: product.brand })}</p><p class="product__price">${priceHtml(intl, price.amount, product.currency, price)}${taxIncludedNoteHtml(intl, market)}</p>${variantPickerHtml(intl, product, selection)}${stockState(intl, product, variant)}<div class="product__actions">${addToCart(intl, product, variant)}<button type="button" class="button wishlist-toggle" aria-pressed="false"${raw(untilApp)}><span class="wishlist-toggle__heart" aria-hidden="true">♡</span><span>${t('wishlist.save')}</span></button></div>${shippingAndReturns(intl, data.policies, product.currency)}<p class="product__description">${product.description}</p>${tags}</div></div></article>${related(intl, data.related, imageCdn)}`
}

/** As client/catalog/product-page.tsx: "You may also like", below the fold, images lazy. */
function related(intl: PageIntl, products: readonly Product[], imageCdn: string | null): Html | '' {
  if (products.length === 0) return ''
  const label = intl.t('product.related')
  return html`<section class="product-more" aria-labelledby="related-heading"><h2 id="related-heading">${label}</h2>${productGrid(intl, products, label, imageCdn, 0)}</section>`
}

/** As client/catalog/shipping-returns.tsx: a closed disclosure of the shop's promises. */
function shippingAndReturns(intl: PageIntl, policies: ShopPolicies, currency: CurrencyCode): Html {
  const { t } = intl
  const lines = shopPolicyMessages(policies, currency, (amount) => intl.formatPrice(amount, currency)).map(
    (line) => html`<li>${t(line.id, line.values)}</li>`,
  )
  return html`<details class="policies"><summary class="policies__summary">${t('product.shippingReturns')}</summary><ul class="policies__list">${lines}</ul></details>`
}

export function notFoundMain({ t }: PageIntl): Html {
  return html`<section class="notice-page"><h1>${t('errors.NOT_FOUND')}</h1><p>${t('notFound.hint')}</p><a class="button button--primary" href="/">${t('notFound.home')}</a></section>`
}

/** `eager`: how many first cards load their image at once (a page whose LCP is elsewhere passes 0). */
export function productGrid(
  intl: PageIntl,
  products: readonly Product[],
  label: string,
  imageCdn: string | null,
  eager = eagerCards,
): Html {
  const cards = products.map((product, index) => productCard(intl, product, index < eager, imageCdn))
  return html`<ul class="product-grid" aria-label="${label}">${cards}</ul>`
}

function productCard(intl: PageIntl, product: Product, priority: boolean, imageCdn: string | null): Html {
  const { t } = intl
  const image = product.images[0]
  const picture = image
    ? productImageHtml(image, { class: 'product-card__image', alt: '', sizes: cardImageSizes, priority, imageCdn })
    : html`<span class="product-card__image product-card__image--empty"></span>`
  const soldOut = product.stock <= 0
  return html`<li class="product-card"><a class="product-card__link" href="/p/${product.slug}">${picture}<span class="product-card__name">${product.name}</span>${ratingLineHtml(intl, summarizeRatings(product.ratingCounts))}${priceHtml(intl, product.price, product.currency, { from: hasPriceRange(product) })}${cardSwatchesHtml(intl, product)}${soldOut ? html`<span class="stock stock--out">${t('stock.out')}</span>` : ''}</a><div class="product-card__actions">${cardCartControl(intl, product)}<button type="button" class="button wishlist-toggle button--icon" aria-pressed="false"${raw(untilApp)} aria-label="${t('wishlist.saveNamed', { name: product.name })}"><span class="wishlist-toggle__heart" aria-hidden="true">♡</span></button></div></li>`
}

/** As client/catalog/product-card.tsx: "Add to cart" for a product sold in one form, else a link to choose its options. */
function cardCartControl(intl: PageIntl, product: Product): Html {
  const { t } = intl
  const [only] = product.variants
  if (!only || product.variants.length > 1)
    return html`<a class="button product-card__add" href="/p/${product.slug}" aria-label="${t('product.chooseOptionsNamed', { name: product.name })}">${t('product.chooseOptions')}</a>`
  return html`<button type="button" class="button product-card__add" aria-label="${t('cart.addNamed', { name: product.name })}"${raw(only.stock <= 0 ? ' disabled' : untilApp)}>${t('cart.add')}</button>`
}

/** As client/catalog/product-gallery.tsx: the variant's images (see `galleryImageIndexes`), main first. */
function gallery(intl: PageIntl, product: Product, variant: ProductVariant, imageCdn: string | null): Html {
  const { t } = intl
  const images = galleryImageIndexes(product, variant).flatMap((index) => product.images[index] ?? [])
  const [main] = images
  if (!main)
    return html`<div class="gallery"><div class="gallery__main gallery__main--empty">${t('product.noImage')}</div></div>`
  const alt = (value: string) => value || t('product.imageAlt', { name: product.name })
  const thumbs =
    images.length > 1
      ? html`<ul class="gallery__thumbs">${images.map(
          (thumb, index) =>
            html`<li><button type="button" class="gallery__thumb"${raw(untilApp)} aria-label="${t('product.showImage', { index: index + 1, total: images.length })}" aria-pressed="${index === 0}">${productImageHtml(thumb, { alt: '', sizes: '80px', imageCdn })}</button></li>`,
        )}</ul>`
      : ''
  return html`<div class="gallery">${productImageHtml(main, { class: 'gallery__main', alt: alt(main.alt), sizes: mainImageSizes, priority: true, imageCdn })}${thumbs}</div>`
}

/** As client/catalog/stock-state.tsx. */
function stockState({ t }: PageIntl, product: Product, variant: ProductVariant): Html {
  const message = variantStockMessage(product, variant)
  return html`<span class="stock stock--${stockLevel(variant.stock)}">${t(message.id, message.values)}</span>`
}

/** As client/cart/add-to-cart.tsx for a chosen variant. */
function addToCart({ t }: PageIntl, product: Product, variant: ProductVariant): Html {
  const soldOut = variant.stock <= 0
  const disabled = raw(soldOut ? ' disabled' : untilApp)
  const options = quantityChoices(variant.stock).map(
    (quantity) => html`<option value="${quantity}"${quantity === 1 ? html` selected` : ''}>${quantity}</option>`,
  )
  const id = `quantity-${product.id}`
  return html`<form class="add-to-cart"><span class="quantity-select"><label class="quantity-select__label" for="${id}">${t('cart.quantity')}</label><select id="${id}"${disabled}>${options}</select></span><button type="submit" class="button button--primary"${disabled}>${t('cart.add')}</button><p class="add-to-cart__note"></p></form>`
}
