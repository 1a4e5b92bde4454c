/**
 * The search results page as the client renders it (client/search/search-page.tsx,
 * search-result-card.tsx, search-facets.tsx, highlighted-text.tsx): same elements, classes and
 * strings. The filters start folded (the client unfolds them on wide screens only when it renders
 * a search itself), so the server's page and the app's first render agree on every width.
 */
import { html, raw } from 'hono/html'
import { messageParts } from '../../shared/i18n/message-parts.ts'
import { searchSortLabels } from '../../shared/i18n/sort-labels.ts'
import { baseCurrency } from '../../shared/markets/market-price.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import { highlightParts } from '../../shared/search/highlight-parts.ts'
import { optionToken } from '../../shared/search/option-values.ts'
import { defaultPageSize } from '../../shared/search/ranking.ts'
import type {
  FacetValue,
  HighlightedText,
  OptionFacetValue,
  PriceBandCount,
  SearchFacets,
  SearchHit,
  SearchRequest,
  SearchResults,
} from '../../shared/search/search-types.ts'
import { searchSorts } from '../../shared/search/search-types.ts'
import { searchHref } from '../../shared/search/search-url.ts'
import { type Html, untilApp } from './html.ts'
import type { PageIntl } from './page-intl.ts'
import { productImageHtml } from './product-image-html.ts'
import { ratingLineHtml } from './star-rating-html.ts'
import { priceHtml } from './variant-picker-html.ts'

const cardImageSizes = '(min-width: 1100px) 200px, (min-width: 640px) 25vw, 46vw'
const eagerResults = 4

export function searchHeading({ t }: PageIntl, request: SearchRequest): string {
  return request.q ? t('search.resultsFor', { query: request.q }) : t('search.title')
}

/** A search with results (the client shows an empty one, with its popular categories, itself). */
export function searchMain(
  intl: PageIntl,
  request: SearchRequest,
  results: SearchResults,
  imageCdn: string | null,
): Html {
  const { t } = intl
  const heading = searchHeading(intl, request)
  const suggestion = results.didYouMean
  const didYouMean = suggestion
    ? html`<p class="search-page__did-you-mean">${messageParts((values) => t('search.didYouMean', values), ['suggestion']).map((part) => (part.slot ? html`<bdi><a href="${searchHref({ ...request, q: suggestion, page: 1, verbatim: false })}">${suggestion}</a></bdi>` : part.text))}</p>`
    : ''
  const corrected = results.correctedQuery
    ? html`<p class="search-page__did-you-mean">${t('search.showingResultsFor')} <bdi><strong>${results.correctedQuery}</strong></bdi><br>${t('search.searchInsteadFor')} <bdi><a href="${searchHref({ ...request, page: 1, verbatim: true })}">${request.q}</a></bdi></p>`
    : ''
  const hits = results.hits.map((hit, index) => resultCard(intl, hit, index < eagerResults, imageCdn))
  return html`<section class="search-page"><header class="page-header"><h1>${heading}</h1><p class="search-page__status" role="status">${t('search.resultCount', { count: results.total })}</p></header>${didYouMean}${corrected}<div class="search-page__layout"><details class="search-page__filters"><summary>${t('search.filters')}</summary>${facetPanel(intl, request, results.facets, baseCurrency)}</details><div class="search-page__results"><div class="toolbar"><label class="toolbar__sort">${t('sort.label')}<select${raw(untilApp)}>${searchSorts.map((option) => html`<option value="${option}"${option === request.sort ? html` selected` : ''}>${t(searchSortLabels[option])}</option>`)}</select></label></div><ol class="product-grid search-results" aria-label="${heading}">${hits}</ol>${pagination(intl, request, results)}</div></div></section>`
}

function resultCard(intl: PageIntl, hit: SearchHit, priority: boolean, imageCdn: string | null): Html {
  const { t } = intl
  const picture = hit.image
    ? productImageHtml(hit.image, { class: 'product-card__image', alt: '', sizes: cardImageSizes, priority, imageCdn })
    : html`<span class="product-card__image product-card__image--empty"></span>`
  const snippet = hit.highlights.description
    ? html`<span class="search-result__snippet">${highlighted(hit.highlights.description)}</span>`
    : ''
  return html`<li class="product-card search-result"><a class="product-card__link" href="/p/${hit.slug}">${picture}<span class="product-card__name">${highlighted(hit.highlights.name)}</span>${ratingLineHtml(intl, { average: hit.rating, count: hit.reviewCount })}${priceHtml(intl, hit.price, hit.currency, { from: hit.priceFrom })}${hit.inStock ? '' : html`<span class="stock stock--out">${t('stock.out')}</span>`}${snippet}</a></li>`
}

/** As client/search/highlighted-text.tsx: the matched ranges in <mark>. */
function highlighted(value: HighlightedText): Html {
  return html`${highlightParts(value).map((part) => (part.marked ? html`<mark>${part.text}</mark>` : html`${part.text}`))}`
}

/** As client/search/search-facets.tsx; the category page's filters use it too. */
export function facetPanel(intl: PageIntl, request: SearchRequest, facets: SearchFacets, currency: CurrencyCode): Html {
  const { t, formatPrice } = intl
  const isBand = (band: PriceBandCount) => request.minPrice === band.min && request.maxPrice === band.max
  const bandLabel = (band: PriceBandCount) =>
    band.max === null
      ? t('search.priceFrom', { min: formatPrice(band.min, currency) })
      : t('search.priceBand', { min: formatPrice(band.min, currency), max: formatPrice(band.max, currency) })
  const hasFilters =
    request.categories.length > 0 ||
    request.brands.length > 0 ||
    request.options.length > 0 ||
    request.minPrice !== null ||
    request.maxPrice !== null ||
    request.inStock !== null ||
    request.minRating !== null
  const rating =
    facets.rating.some((floor) => floor.count > 0) || request.minRating !== null
      ? html`<fieldset class="search-facets__group"><legend>${t('search.facet.rating')}</legend>${facets.rating.map((floor) => facetOption(t('search.ratingAtLeast', { stars: floor.min }), floor.count, request.minRating === floor.min))}</fieldset>`
      : ''
  return html`<div class="search-facets">${facetGroup(t('search.facet.category'), facets.category, request.categories)}${facetGroup(t('search.facet.brand'), facets.brand, request.brands)}${facets.options.map((facet) => facetGroup(facet.name, facet.values, request.options, (value) => optionToken(facet.code, value)))}<fieldset class="search-facets__group"><legend>${t('search.facet.price')}</legend>${facets.price.map((band) => facetOption(bandLabel(band), band.count, isBand(band)))}</fieldset>${rating}<fieldset class="search-facets__group"><legend>${t('search.facet.availability')}</legend>${facetOption(t('search.inStockOnly'), facets.inStock.inStock, request.inStock === true)}</fieldset>${hasFilters ? html`<button type="button" class="button"${raw(untilApp)}>${t('search.clearFilters')}</button>` : ''}</div>`
}

function facetGroup(
  legend: string,
  values: readonly (FacetValue | OptionFacetValue)[],
  selected: readonly string[],
  tokenOf: (value: string) => string = (value) => value,
): Html {
  if (values.length === 0) return html``
  return html`<fieldset class="search-facets__group"><legend>${legend}</legend>${values.map((value) => facetOption(value.label, value.count, selected.includes(tokenOf(value.value)), 'swatch' in value ? value.swatch : null))}</fieldset>`
}

function facetOption(label: string, count: number, checked: boolean, swatch: string | null = null): Html {
  const empty = count === 0
  // The swatch's colour is an SVG fill, as the client draws it: the CSP allows no style attribute.
  const drawn = swatch
    ? html`<svg class="search-facets__swatch" viewBox="0 0 2 2" aria-hidden="true"><circle cx="1" cy="1" r="0.9" fill="${swatch}"></circle></svg>`
    : ''
  return html`<label class="search-facets__option${empty ? ' search-facets__option--empty' : ''}"><input type="checkbox"${checked ? html` checked` : ''}${raw(empty && !checked ? ' disabled' : untilApp)}>${drawn}<span class="search-facets__label">${label}</span><span class="search-facets__count">${count}</span></label>`
}

function pagination({ t }: PageIntl, request: SearchRequest, results: SearchResults): Html {
  const pages = Math.max(1, Math.ceil(results.total / defaultPageSize))
  if (pages <= 1) return html``
  const label = t('search.pageOf', { page: request.page, pages })
  const previous =
    request.page > 1
      ? html`<a class="button" href="${searchHref({ ...request, page: request.page - 1 })}">${t('search.previousPage')}</a>`
      : ''
  const next =
    request.page < pages
      ? html`<a class="button" href="${searchHref({ ...request, page: request.page + 1 })}">${t('search.nextPage')}</a>`
      : ''
  return html`<nav class="search-page__pages" aria-label="${label}">${previous}<span>${label}</span>${next}</nav>`
}
