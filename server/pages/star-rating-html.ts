/**
 * client/reviews/star-rating.tsx for the first HTML: same elements, classes and label. The page's CSP
 * allows no style attribute, so where the app sets `--filled` from script, this names the fill in
 * whole stars and tenths (`data-whole`, `data-tenth`), which client/catalog/rating-line.css turns
 * into the same `--filled`.
 */
import { html } from 'hono/html'
import type { Html } from './html.ts'
import type { PageIntl } from './page-intl.ts'

export function starRatingHtml(
  intl: PageIntl,
  props: { readonly average: number; readonly count?: number; readonly size?: 'sm' | 'md' },
): Html {
  const { t, formatNumber } = intl
  const stars = t('reviews.starsOutOfFive', { rating: formatNumber(props.average, { maximumFractionDigits: 1 }) })
  const label = props.count === undefined ? stars : `${stars}, ${t('reviews.count', { count: props.count })}`
  const tenths = Math.round(Math.min(5, Math.max(0, props.average)) * 10)
  const count =
    props.count === undefined
      ? ''
      : html`<span class="star-rating__count" aria-hidden="true">${formatNumber(props.count)}</span>`
  return html`<span class="star-rating star-rating--${props.size ?? 'sm'}" role="img" aria-label="${label}"><span class="star-rating__stars" data-whole="${Math.floor(tenths / 10)}" data-tenth="${tenths % 10}" aria-hidden="true"></span>${count}</span>`
}

/** As client/catalog/product-rating-summary.tsx: stars and count under the name, a link to the reviews. */
export function productRatingHtml(
  intl: PageIntl,
  summary: { readonly average: number | null; readonly count: number },
): Html {
  if (summary.average === null) return html``
  return html`<a class="product__rating" href="#reviews">${starRatingHtml(intl, { average: summary.average, count: summary.count, size: 'md' })}</a>`
}

/**
 * As client/catalog/rating-line.tsx: a card's line for its stars, there (and as tall) whether or not
 * the product has reviews, so a grid of mixed cards lines up.
 */
export function ratingLineHtml(
  intl: PageIntl,
  { average, count }: { readonly average: number | null; readonly count: number },
): Html {
  const stars = average === null ? '' : starRatingHtml(intl, { average, count })
  return html`<span class="rating-line">${stars}</span>`
}
