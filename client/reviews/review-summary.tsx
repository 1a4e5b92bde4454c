import { For, type JSX, Show } from 'solid-js'
import type { RatingSummary, ReviewRating } from '../../shared/reviews/review.ts'
import { useI18n } from '../platform/i18n.tsx'
import { StarRating } from './star-rating.tsx'

/**
 * The average, the count and the star distribution as five bars. Each bar is a toggle that filters
 * the list by its stars (pressed while filtering); its name is the text alternative "5 stars, 60%".
 */
export function ReviewSummary(props: {
  readonly summary: RatingSummary
  readonly rating: ReviewRating | null
  readonly onRating: (rating: ReviewRating | null) => void
}): JSX.Element {
  const { t, formatNumber } = useI18n()
  const share = (stars: ReviewRating) =>
    props.summary.count === 0 ? 0 : props.summary.distribution[String(stars) as '1'] / props.summary.count
  return (
    <div class="review-summary">
      <Show when={props.summary.average}>
        {(average) => (
          <p class="review-summary__average">
            <StarRating average={average()} count={props.summary.count} size="md" />
            <span aria-hidden="true">
              {t('reviews.averageOutOfFive', { rating: formatNumber(average(), { maximumFractionDigits: 1 }) })}
            </span>
          </p>
        )}
      </Show>
      <ul class="review-bars" aria-label={t('reviews.distribution')}>
        <For each={[5, 4, 3, 2, 1] as const}>
          {(stars) => {
            const percent = () => formatNumber(share(stars), { style: 'percent', maximumFractionDigits: 0 })
            const pressed = () => props.rating === stars
            return (
              <li>
                <button
                  type="button"
                  class="review-bars__bar"
                  aria-pressed={pressed()}
                  onClick={() => props.onRating(pressed() ? null : stars)}
                >
                  {/* The name comes from the content, not aria-label, so it holds the text shown ("4 ★ 32%"). */}
                  <span class="visually-hidden">{t('reviews.barLabel', { stars, percent: percent() })}</span>
                  <span class="review-bars__stars" aria-hidden="true">
                    {t('reviews.starsShort', { stars })}
                  </span>
                  <span class="review-bars__track" aria-hidden="true">
                    <span class="review-bars__fill" style={{ width: `${share(stars) * 100}%` }} />
                  </span>
                  <span class="review-bars__percent" aria-hidden="true">
                    {percent()}
                  </span>
                </button>
              </li>
            )
          }}
        </For>
      </ul>
    </div>
  )
}
