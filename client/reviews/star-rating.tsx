import type { JSX } from 'solid-js'
import './star-rating.css'
import { useI18n } from '../platform/i18n.tsx'

/**
 * Five stars filled to `average` (a tenth of a star at a time), read out as "4.5 out of 5 stars, 12
 * reviews". The stars are drawn with CSS over one text line, so the row never changes height.
 * server/pages renders the same markup for the first view (`starRatingHtml`).
 */
export function StarRating(props: {
  readonly average: number
  readonly count?: number
  /** `sm` on cards and search results, `md` on the product page. */
  readonly size?: 'sm' | 'md'
}): JSX.Element {
  const { t, formatNumber } = useI18n()
  const label = () => {
    const stars = t('reviews.starsOutOfFive', { rating: formatNumber(props.average, { maximumFractionDigits: 1 }) })
    return props.count === undefined ? stars : `${stars}, ${t('reviews.count', { count: props.count })}`
  }
  return (
    <span class={`star-rating star-rating--${props.size ?? 'sm'}`} role="img" aria-label={label()}>
      <span class="star-rating__stars" style={{ '--filled': `${(props.average / 5) * 100}%` }} aria-hidden="true" />
      {props.count === undefined ? null : (
        <span class="star-rating__count" aria-hidden="true">
          {formatNumber(props.count)}
        </span>
      )}
    </span>
  )
}
